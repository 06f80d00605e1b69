import * as pagefind from 'pagefind';
const t0 = performance.now();
const { index } = await pagefind.createIndex({});
const r = await index.addDirectory({ path: process.argv[2] });
console.log('added', r.page_count, 'pages', ((performance.now()-t0)/1000).toFixed(1), 's');
await index.writeFiles({ outputPath: process.argv[3] });
console.log('total', ((performance.now()-t0)/1000).toFixed(1), 's');
await pagefind.close();
