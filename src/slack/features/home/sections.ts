import { adminHomeSection } from "../admin/home-section.ts";
import { subcommitteeHomeSection } from "../applications/home-section.ts";
import { settingsHomeSection, traineeHomeSection } from "../logging/home-sections.ts";
import { supervisorHomeSection } from "../supervision/home-section.ts";
import type { HomeSection } from "./home-section.ts";
import { welcomeSection } from "./welcome-section.ts";

/** The App Home's sections, top to bottom: a person with several roles sees each of theirs. */
export const HOME_SECTIONS: readonly HomeSection[] = [
  welcomeSection,
  traineeHomeSection,
  supervisorHomeSection,
  subcommitteeHomeSection,
  adminHomeSection,
  settingsHomeSection,
];
