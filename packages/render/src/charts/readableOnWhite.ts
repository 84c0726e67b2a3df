import { contrastRatio } from "./contrastRatio.js";

/**
 * A category colour made dark enough to be read as text on white paper: the colour itself when it already
 * has a contrast of at least `minimum` (3:1, enough for bold chart labels), otherwise the same hue mixed
 * towards black in 5 % steps until it does. A light brand colour (a pale grey for passives) stays the
 * colour of its bars and swatches; only its text gets darker.
 *
 * @example
 * readableOnWhite("#2a8a6e") // "#2a8a6e" (already 4.2:1)
 * readableOnWhite("#b9bec7") // "#8b8f95"
 */
export function readableOnWhite(hex: string, minimum = 3): string {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  for (let step = 0; step <= 20; step++) {
    const candidate = `#${channels
      .map((channel) =>
        Math.round(channel * (1 - step / 20))
          .toString(16)
          .padStart(2, "0"),
      )
      .join("")}`;
    if (contrastRatio(candidate, "#ffffff") >= minimum) return candidate;
  }
  return "#000000";
}
