import { pendingSchemaChange } from "./prisma-cli.ts";

// Fails when prisma/schema.prisma and the committed migrations disagree.
const { drifted, sql } = pendingSchemaChange();
if (drifted) {
  process.stderr.write(
    `prisma/schema.prisma has changes that no migration holds. Run \`npm run db:new-migration -- <name>\` and commit it.\n\n${sql}\n`,
  );
  process.exit(1);
}
process.stdout.write("Schema and migrations agree.\n");
