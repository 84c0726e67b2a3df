import type { BrandColors } from "./brand.js";

/**
 * npskit's default palette: a calm navy and steel blue, with promoter/passive/detractor colours that stay
 * apart for the common colour-vision deficiencies (green-teal, warm grey, brick red differ in lightness too).
 */
export const DEFAULT_COLORS: BrandColors = Object.freeze({
  primary: "#1b365d",
  accent: "#3a7ca5",
  promoter: "#2a8a6e",
  passive: "#b9bec7",
  detractor: "#c4513f",
});
