import { settingsHomeSection, traineeHomeSection } from "../logging/home-sections.ts";
import { supervisorHomeSection } from "../supervision/home-section.ts";
import type { HomeSection } from "./home-section.ts";
import { welcomeSection } from "./welcome-section.ts";

/** The App Home's sections, top to bottom. */
export const HOME_SECTIONS: readonly HomeSection[] = [
  welcomeSection,
  traineeHomeSection,
  supervisorHomeSection,
  settingsHomeSection,
];
