// Eleventy config of the yardstick: only the site/ templates are inputs; the corpus is read as data.
export default function (eleventyConfig) {
  eleventyConfig.setQuietMode(true);
  eleventyConfig.setTemplateFormats(['11ty.js']);
}
