/**
 * `tongwen init [DIR]`: a starter site to build on — a config, two articles
 * (one in each script, sharing keywords), a glossary entry and a
 * .gitignore. Never overwrites: a folder that already holds a site (or any
 * of these files) is refused.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SiteError } from '../core/errors.js';

/** The starter site's files: path → text. */
export const STARTER: Readonly<Record<string, string>> = {
  'tongwen.config.yaml': `# tongwen's configuration: see the README (tongwen.config.yaml) for every key.
title: 我的新聞網
description: 每篇文章同時以繁體和簡體發布
baseUrl: https://example.org/
timeZone: Asia/Shanghai
variants: [zh-Hant, zh-Hans]
defaultLang: zh-Hant
pageSize: 20
`,
  'glossary.yaml': `# Terms with a fixed form per variant (applied before OpenCC).
英伟达:
  zh-Hans: 英伟达
  zh-Hant: 英偉達
  zh-TW: 輝達
`,
  'content/2024/06/welcome.md': `---
title: 歡迎使用同文
date: 2024-06-01T09:00:00+08:00
keywords: [同文, 靜態網站]
category: 站務
author: 編輯部
summary: 用繁體或簡體寫作，讀者在兩種字形之間一鍵切換。
---
這篇文章以**繁體**寫成，同文會在建置時轉換出簡體版本，只轉換正文，不動程式碼和網址。

- 在 \`content/\` 裡新增 Markdown 檔案即可發表文章；
- 執行 \`npx tongwen serve\` 在本機預覽；
- 執行 \`npx tongwen build\` 產生 \`dist/\`，把它上傳到任何靜態主機。

保持原樣的寫法：-{微軟公司}-。
`,
  'content/2024/06/simplified.md': `---
title: 用简体写作也可以
date: 2024-06-02T10:30:00+08:00
lang: zh-Hans
keywords: [同文, 英伟达]
category: 站务
---
这篇文章用简体写成，繁体页面上的“英伟达”按照 glossary.yaml 换成繁体写法，台湾页面上写作台湾的译名。

\`\`\`sh
npx tongwen check   # 检查字形问题，不写入任何文件
\`\`\`
`,
  '.gitignore': 'node_modules/\ndist/\ndist.tmp-*/\ndist.old-*/\ndist.lock\n',
};

/** Creates the starter site in `dir` (made when missing); returns the files written, relative to it. Throws a usage SiteError rather than overwrite. */
export function initSite(dir: string): string[] {
  const root = resolve(dir);
  if (existsSync(root) && !statSync(root).isDirectory()) {
    throw new SiteError({ stage: 'usage', file: dir, message: 'this is a file, not a folder', hint: 'pass a new or empty folder: tongwen init my-site' });
  }
  const taken = Object.keys(STARTER).filter((f) => existsSync(join(root, ...f.split('/'))));
  if (existsSync(join(root, 'content')) && readdirSync(join(root, 'content')).length > 0) taken.unshift('content/');
  if (taken.length) {
    throw new SiteError({ stage: 'usage', file: dir, message: `the folder already has ${taken.join(', ')}; tongwen init never overwrites`, hint: 'run it in a new folder (tongwen init my-site), or remove those files first' });
  }
  for (const [rel, text] of Object.entries(STARTER)) {
    const path = join(root, ...rel.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { flag: 'wx' });
  }
  return Object.keys(STARTER);
}
