-- PostgreSQL's part of this change is in 20261202115120_home_opened_at.
SELECT 1;
