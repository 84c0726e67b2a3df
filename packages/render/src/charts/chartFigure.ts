import Handlebars from "handlebars";

/**
 * A chart made by npskit's own chart code: its SVG (from ECharts) with a title and a text description
 * generated from the data. It is the only kind of value the templates' `svg` helper embeds unescaped; the
 * title and description are escaped here like any other text.
 */
export class ChartFigure {
  constructor(
    /** Unique in the document; used for the ARIA ids. */
    readonly id: string,
    readonly title: string,
    readonly description: string,
    /** SVG markup produced by ECharts from numbers and escaped labels. */
    readonly svg: string,
  ) {}

  /**
   * The chart as `<figure role="img">` labelled by its title and described by its description, both also
   * shown as text, so the chart reads the same in print, to a screen reader and in a text extract.
   */
  toHtml(): string {
    const escapeHtml = Handlebars.Utils.escapeExpression;
    const id = escapeHtml(this.id);
    return (
      `<figure class="chart" id="${id}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">` +
      `<figcaption class="chart-title" id="${id}-title">${escapeHtml(this.title)}</figcaption>` +
      `<div class="chart-body">${this.svg}</div>` +
      `<p class="chart-desc" id="${id}-desc">${escapeHtml(this.description)}</p>` +
      "</figure>"
    );
  }
}
