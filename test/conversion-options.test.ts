/**
 * Conversion options: character forms by variant (common vs OpenCC's),
 * zh-TW vocabulary for news vs OpenCC's computing phrases, quotation marks,
 * and the interface texts — each rule in every direction it applies.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { converter, openccConfigConverter, variantConverter } from '../src/conversion/converters.js';
import { chainConverter } from '../src/conversion/preset.js';
import { NEWS_ADDED, NEWS_DROPPED, NEWS_REV_DROPPED, TAIWAN_NAMES } from '../src/conversion/vocabulary.js';
import { convertQuotes } from '../src/conversion/quotes.js';
import { uiTexts, UI_TEXTS } from '../src/conversion/ui-texts.js';
import { VARIANT_IDS } from '../src/conversion/variants.js';

const OPENCC = { forms: 'opencc', vocabulary: 'computing', quotes: false } as const;
const s2hant = variantConverter('zh-Hans', 'zh-Hant');
const hant2s = variantConverter('zh-Hant', 'zh-Hans');

/** Simplified word, common zh-Hant form, OpenCC standard form. */
const FORM_CASES: ReadonlyArray<readonly [string, string, string]> = [
  ['为了', '為了', '爲了'],
  ['这里', '這裡', '這裏'],
  ['看着', '看著', '看着'],
  ['刚才', '剛才', '剛纔'],
  ['吃饭', '吃飯', '喫飯'],
  ['床上', '床上', '牀上'],
  ['人群', '人群', '人羣'],
  ['群众', '群眾', '羣衆'],
  ['启动', '啟動', '啓動'],
  ['山峰', '山峰', '山峯'],
  ['伪造', '偽造', '僞造'],
  ['面条', '麵條', '麪條'],
  // 臺 in Taiwan's names (prefer.ts DEFAULT_PREFER: what the development texts write), 台 in other words.
  ['台湾', '臺灣', '臺灣'],
  ['平台', '平台', '平臺'],
  ['宣布', '宣布', '宣佈'],
  ['公布', '公布', '公佈'],
  ['污染', '污染', '污染'],
];

for (const [s, common, opencc] of FORM_CASES) {
  test(`forms: ${s} → zh-Hant ${common} (common) / ${opencc} (opencc), and back`, () => {
    assert.equal(s2hant(s), common);
    assert.equal(variantConverter('zh-Hans', 'zh-Hant', OPENCC)(s), opencc);
    // Back into Simplified from either spelling.
    assert.equal(hant2s(common), s);
    assert.equal(variantConverter('zh-Hant', 'zh-Hans', OPENCC)(opencc), s);
  });
}

test('forms: word-dependent 著 is read back by word (看著 → 看着, 著名 → 著名), 裡 → 里', () => {
  assert.equal(hant2s('他看著著名的畫，這裡'), '他看着著名的画，这里');
  assert.equal(s2hant('他看着著名的画，这里'), '他看著著名的畫，這裡');
});

test('forms: zh-TW writes Taiwan’s forms (but 污, as Taiwan writers do: 汙 never in the Taipei and exam text); zh-HK keeps 裏 着 but writes 說 群 床 周 as Hong Kong writers do', () => {
  assert.equal(variantConverter('zh-Hans', 'zh-TW')('污染为了这里'), '污染為了這裡');
  assert.equal(variantConverter('zh-TW', 'zh-Hans')('汙染、污染'), '污染、污染');
  assert.equal(variantConverter('zh-Hans', 'zh-TW', OPENCC)('污染'), converter('cn', 'twp')('污染'));
  const hk = variantConverter('zh-Hans', 'zh-HK');
  assert.equal(hk('他说这里着急，群众周末在床上吃面'), '他說這裏着急，群眾周末在床上吃麵');
  // OpenCC's Hong Kong forms under forms: opencc.
  assert.equal(variantConverter('zh-Hans', 'zh-HK', OPENCC)('他说周末'), '他説週末');
  // Back from Hong Kong text written either way.
  const hk2s = variantConverter('zh-HK', 'zh-Hans');
  assert.equal(hk2s('他說這裏着急'), '他说这里着急');
  assert.equal(hk2s('他説這裏着急'), '他说这里着急');
});

test('forms between Traditional variants: a zh-TW source reads in zh-Hant’s forms, a zh-Hant source keeps its words on zh-TW', () => {
  assert.equal(variantConverter('zh-TW', 'zh-Hant')('汙染的啟示'), '汙染的啟示'.replace('汙', '污'));
  assert.equal(variantConverter('zh-Hant', 'zh-HK')('他說這裡看著'), '他說這裏看着');
  assert.equal(variantConverter('zh-Hant', 'zh-TW')('軟件'), '軟體');
});

const ISSUE_CASES: ReadonlyArray<readonly [string, string]> = [
  ['市政府发布通知', '市政府發布通知'],
  ['新闻发布会', '記者會'],
  ['软件发布', '軟體發布'],
  ['法律程序', '法律程序'],
  ['电脑程序', '電腦程式'],
  ['印发文件', '印發文件'],
  ['民众支持', '民眾支持'],
  ['建设项目', '建設項目'],
  ['发送信息', '發送信息'],
  ['发送物资', '發送物資'],
  ['警察仪队列队致敬', '警察儀隊列隊致敬'],
  ['要求中国理性自制', '要求中國理性自制'],
  ['社交网络', '社群網路'],
  ['关系网络', '關係網絡'],
  ['网络', '網路'],
  ['产品质量', '產品品質'],
  ['质量', '質量'],
  ['短视频', '短影音'],
  ['视频', '視頻'],
  ['发表声明', '發表聲明'],
  ['服务窗口', '服務窗口'],
  ['包罗万象', '包羅萬象'],
  ['关系更加蓬勃发展', '關係更加蓬勃發展'],
  ['加蓬的首都', '加彭的首都'],
  // Tainan City Council 2025 news (development text): 網關 and 免提 read across words; 採樣 of environmental samples.
  ['黄丝带爱的连网关怀协会', '黃絲帶愛的連網關懷協會'],
  ['上网关心时事', '上網關心時事'],
  ['配置网关', '配置閘道器'],
  ['对林俊宪的罢免提议书', '對林俊憲的罷免提議書'],
  ['可免提出申请', '可免提出申請'],
  ['免提供证明', '免提供證明'],
  ['免提电话', '擴音電話'],
  ['前来采样的环保局稽查人员', '前來採樣的環保局稽查人員'],
  // FSC penalty decisions (development text): 元整|並予以, not the lexicon's 整併.
  ['罚锾新台币200万元整并予以纠正', '罰鍰新臺幣200萬元整並予以糾正'],
  ['两家银行整并', '兩家銀行整併'],
];

for (const [s, tw] of ISSUE_CASES) {
  test(`vocabulary (news): ${s} → zh-TW ${tw}`, () => {
    assert.equal(variantConverter('zh-Hans', 'zh-TW')(s), tw);
  });
}

test('vocabulary (computing) is OpenCC’s s2twp / tw2sp', () => {
  const c = variantConverter('zh-Hans', 'zh-TW', { vocabulary: 'computing', forms: 'opencc' });
  for (const [s] of ISSUE_CASES) assert.equal(c(s), converter('cn', 'twp')(s), s);
  assert.equal(c('市政府发布通知'), '市政府釋出通知');
  assert.equal(c('法律程序'), '法律程式');
  // The computing vocabulary keeps OpenCC's 取樣, 閘道器 and 擴音 words.
  assert.equal(c('采样'), '取樣');
  assert.equal(c('连网关怀'), '連閘道器懷');
});

test('vocabulary (news): every added phrase, from Simplified', () => {
  const toSimplified = converter('t', 'cn');
  const tw = variantConverter('zh-Hans', 'zh-TW');
  for (const [t, want] of NEWS_ADDED) assert.equal(tw(toSimplified(t)), want, t);
});

test('vocabulary (news): every dropped OpenCC phrase stays in its standard form', () => {
  const toSimplified = converter('t', 'cn');
  const tw = variantConverter('zh-Hans', 'zh-TW');
  const plain = chainConverter({ script: 'Hans' }, { script: 'Hant', forms: 'twc' });
  for (const t of NEWS_DROPPED) {
    const s = toSimplified(t);
    assert.equal(tw(s), plain(s), t);
    assert.notEqual(tw(s), converter('cn', 'twp')(s), `${t}: OpenCC's phrase should differ`);
  }
});

test('vocabulary (news) read back: zh-TW words with a general sense stay (行程, 影片, 檔案, 支援, 程序 …)', () => {
  const back = variantConverter('zh-TW', 'zh-Hans');
  const chars = chainConverter({ script: 'Hant', forms: 'twc' }, { script: 'Hans' });
  for (const t of NEWS_REV_DROPPED) assert.equal(back(t), chars(t), t);
  assert.equal(back('今天的行程'), '今天的行程');
  assert.equal(back('法律程序'), '法律程序');
  assert.equal(back('電腦程式'), '电脑程序');
  assert.equal(back('使用 Github 進行程式碼審查'), '使用 Github 进行代码审查');
  // Also with the computing vocabulary: 進行 is never cut into 進|行程.
  assert.equal(variantConverter('zh-TW', 'zh-Hans', { vocabulary: 'computing' })('使用 Github 進行程式碼'), '使用 Github 进行代码');
});

test('the OpenCC option is OpenCC: s2t, t2s, s2twp, tw2sp chains agree with opencc-js on ordinary text', () => {
  const text = '为了这里的群众，软件发布会上说明了程序。';
  for (const [name, from, to] of [['s2t', 'cn', 't'], ['s2twp', 'cn', 'twp'], ['s2hk', 'cn', 'hk']] as const) {
    assert.equal(openccConfigConverter(name)(text), converter(from, to)(text), name);
  }
});

test('quotes: “”‘’ → 「」『』 on Traditional pages, the reverse on Simplified ones; apostrophes stay', () => {
  assert.equal(convertQuotes('他说“你好”，‘好的’。don’t', 'Hant'), '他说「你好」，『好的』。don’t');
  assert.equal(convertQuotes('“It’s fine”', 'Hant'), '「It’s fine」');
  assert.equal(convertQuotes('他說「你好」，『好的』', 'Hans'), '他說“你好”，‘好的’');
  assert.equal(s2hant('他说“这是‘重点’”'), '他說「這是『重點』」');
  assert.equal(hant2s('他說「這是『重點』」'), '他说“这是‘重点’”');
  // Per variant: off for zh-HK only.
  const opts = { variants: { 'zh-HK': { quotes: false } } };
  assert.equal(variantConverter('zh-Hans', 'zh-HK', opts)('“好”'), '“好”');
  assert.equal(variantConverter('zh-Hans', 'zh-Hant', opts)('“好”'), '「好」');
});

test('interface texts: the zh-TW byline label is 發布, never 釋出; every variant converts them', () => {
  assert.equal(uiTexts('zh-TW').published, '發布');
  for (const v of VARIANT_IDS) {
    const t = uiTexts(v);
    assert.ok(Object.values(t).every((x) => !x.includes('釋出')), v);
  }
  assert.equal(uiTexts('zh-Hans').published, '发布');
  assert.equal(uiTexts('zh-Hans').keywordDescription, UI_TEXTS.keywordDescription.replace('「', '“').replace('」', '”').replace('關鍵詞', '关键词').replace('篇文章', '篇文章'));
});

test('quotes are converted in prose only: inline code, code blocks and URLs keep “” as written', async () => {
  const { parseMarkdown } = await import('../src/markdown/parse.js');
  const { variantTree } = await import('../src/markdown/variant-tree.js');
  const { htmlCompiler, sanitizeSchema } = await import('../src/markdown/html.js');
  const md = '他说“好”，`x = “a”` 和 [链接](https://a.io/“q” "标题“t”")\n\n```\ns = “b”\n```\n';
  const tree = variantTree(parseMarkdown(md), { convert: variantConverter('zh-Hans', 'zh-Hant'), basePath: '/' });
  const html = htmlCompiler(sanitizeSchema())(tree).html;
  assert.match(html, /他說「好」/);
  assert.match(html, /<code>x = “a”<\/code>/);
  assert.match(html, /s = “b”/);
  assert.match(html, /title="標題「t」"/);
  assert.ok(html.includes('https://a.io/%E2%80%9Cq%E2%80%9D') || html.includes('https://a.io/“q”'), html);
});

test('vocabulary (news): Taiwan names of countries, places and people OpenCC lacks, from Simplified, and read back', () => {
  const toSimplified = converter('t', 'cn');
  const tw = variantConverter('zh-Hans', 'zh-TW');
  const back = variantConverter('zh-TW', 'zh-Hans');
  for (const { std, tw: want, oneWay } of TAIWAN_NAMES) {
    const s = toSimplified(std);
    assert.equal(tw(`${s}的消息`), `${want}的消息`, std);
    // A guard (the name kept whole) either fixes OpenCC or keeps another entry out of it (拉羅湯加 holds 湯加 → 東加).
    const guardsAnother = std === want && TAIWAN_NAMES.some((o) => o.std !== std && std.includes(o.std));
    if (!guardsAnother) assert.notEqual(converter('cn', 'twp')(s), want, `${std}: OpenCC already has it`);
    if (!oneWay) assert.equal(back(`${want}的消息`), `${s}的消息`, `${want} back`);
    else assert.equal(back(want), toSimplified(want), `${want} is read as written`);
  }
  // Names OpenCC's table already writes the Taiwan way (issue 9's list) stay so under news vocabulary.
  for (const [s, want] of [['新西兰', '紐西蘭'], ['意大利', '義大利'], ['沙特阿拉伯', '沙烏地阿拉伯'], ['津巴布韦', '辛巴威'], ['肯尼亚', '肯亞'], ['尼日利亚', '奈及利亞'], ['危地马拉', '瓜地馬拉'], ['伊斯坦布尔', '伊斯坦堡']] as const) {
    assert.equal(tw(s), want, s);
  }
  // 布爾 is a transliteration in news (布尔战争), not Boolean (布林).
  assert.equal(tw('布尔战争'), '布爾戰爭');
});

test('forms: zh-HK writes 恒 (Hong Kong’s form, as in the UD Chinese-HK treebank: 梁頌恒) and 洩, zh-Hant 恆; both read back', () => {
  const hk = variantConverter('zh-Hans', 'zh-HK');
  assert.equal(hk('梁颂恒议员说永恒'), '梁頌恒議員說永恒');
  assert.equal(variantConverter('zh-Hans', 'zh-Hant')('永恒'), '永恆');
  assert.equal(variantConverter('zh-HK', 'zh-Hans')('梁頌恒議員說永恒'), '梁颂恒议员说永恒');
  // 洩 as Hong Kong writers type it (and zh-Hant, zh-TW write it), read back as 泄.
  assert.equal(hk('发泄一下，泄漏'), '發洩一下，洩漏');
  assert.equal(variantConverter('zh-HK', 'zh-Hans')('發洩一下'), '发泄一下');
  // OpenCC's forms option keeps OpenCC's Hong Kong table (恆 outside its listed names).
  assert.equal(variantConverter('zh-Hans', 'zh-HK', { forms: 'opencc' })('永恒'), converter('cn', 'hk')('永恒'));
});

test('forms: 盡量 盡快 盡早 盡速 盡可能 and 布局 on zh-Hant and zh-HK pages (Hong Kong Government text), zh-TW 儘量 儘速 as Taiwan text writes them (盡快 as the Office of the President writes it); 儘管 stays; OpenCC keeps 儘量 佈局', () => {
  for (const v of ['zh-Hant', 'zh-HK'] as const) {
    const to = variantConverter('zh-Hans', v);
    assert.equal(to('尽量留在家，尽快求医，尽早、尽速、尽可能提早布局；尽管如此'), '盡量留在家，盡快求醫，盡早、盡速、盡可能提早布局；儘管如此', v);
  }
  // zh-TW: the college exam, sprint and sentence-collector text write 儘量 儘速; the Office of the President 盡快, the
  // Taipei City Government 盡早, VS Code 盡可能.
  assert.equal(variantConverter('zh-Hans', 'zh-TW')('尽量留在家，尽快求医，尽早、尽速、尽可能提早布局；尽管如此'), '儘量留在家，盡快求醫，盡早、儘速、盡可能提早布局；儘管如此');
  for (const v of ['zh-Hant', 'zh-TW', 'zh-HK'] as const) {
    assert.equal(variantConverter(v, 'zh-Hans')('盡量留在家，儘快求醫，提早布局，佈局'), '尽量留在家，尽快求医，提早布局，布局', v);
  }
  assert.equal(variantConverter('zh-Hans', 'zh-Hant', OPENCC)('尽量布局'), '儘量佈局');
  // Between Traditional variants: a zh-HK source's 儘量 is shown in the common form on zh-Hant; zh-TW keeps it.
  assert.equal(variantConverter('zh-HK', 'zh-Hant')('儘量'), '盡量');
  assert.equal(variantConverter('zh-HK', 'zh-TW')('儘量'), '儘量');
});

test('forms: zh-HK writes 戶 夥 and 匯報 as the Hong Kong Government’s press text does (OpenCC’s Hong Kong table: 户 伙 彙報); read back', () => {
  const hk = variantConverter('zh-Hans', 'zh-HK');
  assert.equal(hk('户外活动，商户的合作伙伴，向金管局汇报，防晒系数'), '戶外活動，商戶的合作夥伴，向金管局匯報，防曬系數');
  assert.equal(variantConverter('zh-Hans', 'zh-TW')('防晒系数'), '防曬係數');
  const hk2s = variantConverter('zh-HK', 'zh-Hans');
  assert.equal(hk2s('戶外活動，合作夥伴，匯報，系數'), '户外活动，合作伙伴，汇报，系数');
  assert.equal(hk2s('户外活動，合作伙伴，彙報'), '户外活动，合作伙伴，汇报');
  // zh-Hant and zh-TW keep OpenCC's 彙報 (Taiwan's standard form); OpenCC's forms option keeps its Hong Kong table.
  assert.equal(variantConverter('zh-Hans', 'zh-Hant')('汇报'), '彙報');
  assert.equal(variantConverter('zh-Hans', 'zh-HK', OPENCC)('户外'), converter('cn', 'hk')('户外'));
});

test('vocabulary (news): zh-TW writes 計畫 (Taipei City Government text: 計畫 17 of 18), zh-Hant and zh-HK 計劃; read back as 计划', () => {
  assert.equal(variantConverter('zh-Hans', 'zh-TW')('都市计划委员会的长期计划'), '都市計畫委員會的長期計畫');
  assert.equal(variantConverter('zh-Hans', 'zh-Hant')('长期计划'), '長期計劃');
  assert.equal(variantConverter('zh-Hans', 'zh-HK')('长期计划'), '長期計劃');
  assert.equal(variantConverter('zh-TW', 'zh-Hans')('長期計畫，都市計劃'), '长期计划，都市计划');
  assert.equal(variantConverter('zh-Hant', 'zh-TW')('長期計劃'), '長期計畫');
  // The computing vocabulary is OpenCC's s2twp.
  assert.equal(variantConverter('zh-Hans', 'zh-TW', OPENCC)('计划'), converter('cn', 'twp')('计划'));
});

test('corrections from the Taiwan sprint text: 范 the surname before a title, 里辦公處, 審查核准; 模範 and 防範 stay; zh-TW writes 水表', () => {
  const tw = variantConverter('zh-Hans', 'zh-TW');
  assert.equal(tw('范律师和范老师是模范老师，防范委员会'), '范律師和范老師是模範老師，防範委員會');
  assert.equal(tw('顶新里办公处审查核准'), '頂新里辦公處審查核准');
  assert.equal(tw('每月水表度数'), '每月水表度數');
  assert.equal(variantConverter('zh-Hans', 'zh-HK')('每月水表度数'), '每月水錶度數');
  assert.equal(variantConverter('zh-TW', 'zh-Hans')('每月水表度數'), '每月水表度数');
});

test('forms: 娘 on zh-Hant and zh-TW pages (爹娘, 娘家, 老娘; OpenCC’s phrases write 孃), zh-HK and OpenCC’s forms keep 孃; read back as 娘', () => {
  assert.equal(variantConverter('zh-Hans', 'zh-HK')('回娘家'), '回孃家');
  for (const v of ['zh-Hant', 'zh-TW'] as const) {
    assert.equal(variantConverter('zh-Hans', v)('磨刀霍霍向爹娘，她回娘家了'), '磨刀霍霍向爹娘，她回娘家了', v);
    assert.equal(variantConverter(v, 'zh-Hans')('磨刀霍霍向爹娘，她回娘家了'), '磨刀霍霍向爹娘，她回娘家了', v);
  }
  assert.equal(variantConverter('zh-Hans', 'zh-Hant', OPENCC)('回娘家'), '回孃家');
});

test('forms: 濕 on zh-Hant and zh-TW pages as Taiwan writes it (濕地保育法; OpenCC’s standard 溼), zh-HK 濕 as before; OpenCC’s forms keep 溼; read back as 湿', () => {
  for (const v of ['zh-Hant', 'zh-TW', 'zh-HK'] as const) {
    assert.equal(variantConverter('zh-Hans', v)('湿地公园很潮湿'), '濕地公園很潮濕', v);
    assert.equal(variantConverter(v, 'zh-Hans')('濕地，涼溼'), '湿地，凉湿', v);
  }
  assert.equal(variantConverter('zh-Hans', 'zh-Hant', OPENCC)('湿地'), '溼地');
});

test('forms: zh-TW writes 岩 where OpenCC writes 巖 (奇岩, 岩洞, a lone 岩), names with 巖 stay (清水巖); zh-Hant, zh-HK and OpenCC’s forms keep 巖; read back as 岩', () => {
  assert.equal(variantConverter('zh-Hans', 'zh-TW')('北投奇岩的岩洞，岩壁，岩'), '北投奇岩的岩洞，岩壁，岩');
  assert.equal(variantConverter('zh-Hans', 'zh-TW')('清水岩祖师庙'), '清水巖祖師廟');
  assert.equal(variantConverter('zh-TW', 'zh-Hans')('北投奇岩，清水巖'), '北投奇岩，清水岩');
  for (const v of ['zh-Hant', 'zh-HK'] as const) assert.equal(variantConverter('zh-Hans', v)('北投奇岩'), '北投奇巖', v);
  assert.equal(variantConverter('zh-Hans', 'zh-TW', OPENCC)('北投奇岩'), '北投奇巖');
});

test('vocabulary (news): a Taiwan phrase is cut as one word before OpenCC’s phrases (打印|发票, not 打|印发|票): 列印發票; read back; zh-Hant and the computing vocabulary keep OpenCC’s 打印發票', () => {
  assert.equal(converter('cn', 'twp')('不用打印发票'), '不用打印發票');
  assert.equal(variantConverter('zh-Hans', 'zh-TW')('不用打印发票'), '不用列印發票');
  assert.equal(variantConverter('zh-TW', 'zh-Hans')('不用列印發票'), '不用打印发票');
  assert.equal(variantConverter('zh-Hans', 'zh-Hant')('不用打印发票'), '不用打印發票');
  assert.equal(variantConverter('zh-Hans', 'zh-TW', OPENCC)('不用打印发票'), converter('cn', 'twp')('不用打印发票'));
  // 印发 is still one word where no vocabulary phrase starts before it.
  assert.equal(variantConverter('zh-Hans', 'zh-TW')('印发文件'), '印發文件');
  // Astral characters around and between phrases stay whole.
  assert.equal(variantConverter('zh-Hans', 'zh-TW')('𠮷打印发票𠮷𠮷打印'), '𠮷列印發票𠮷𠮷列印');
});

test('vocabulary (news): 程序 beside a word of computing is 程式 on zh-TW (程序能力, 跑的程序, 人工智能程序, 前端程序, 程序写), read back as 程序; 法律程序 and 选举程序 stay', () => {
  const tw = variantConverter('zh-Hans', 'zh-TW');
  const back = variantConverter('zh-TW', 'zh-Hans');
  const cases: Array<[string, string]> = [
    ['缺少程序能力', '缺少程式能力'],
    ['手机上跑的程序', '手機上跑的程式'],
    ['人工智能程序写出来的', '人工智慧程式寫出來的'],
    ['前端程序改写', '前端程式改寫'],
    ['安装程序和子程序', '安裝程式和子程式'],
    ['跟服务器上运行的程序', '跟伺服器上運行的程式'],
  ];
  for (const [s, want] of cases) {
    assert.equal(tw(s), want, s);
    assert.equal(back(want), s, want);
  }
  assert.equal(tw('法律程序和选举程序'), '法律程序和選舉程序');
  assert.equal(variantConverter('zh-Hans', 'zh-Hant')('跑的程序'), '跑的程序');
});

test('vocabulary (news): words Taiwan writes itself in a sense of their own come back as written (圖像, 聯繫, 通信, 性能, 字體, 自行車道 …); 搜索引擎 → 搜尋引擎 (a phrase cut as one word: 使用|搜索引擎), 搜索票 stays', () => {
  const there = variantConverter('zh-TW', 'zh-Hans');
  const back = variantConverter('zh-Hans', 'zh-TW');
  for (const t of ['憂鬱症的全面圖像', '保持聯繫', '通信軟體', '車輛性能', '字體很美', '自行車道', '搜索票', '演算法和算法', '訊號和信號', '觸摸', '重裝備', '掛斷電話', '中文字庫']) {
    assert.equal(back(there(t)), t, t);
  }
  assert.equal(back('使用搜索引擎'), '使用搜尋引擎');
  assert.equal(back('申请搜索票'), '申請搜索票');
  assert.equal(back('图像'), '圖像');
  // OpenCC's computing vocabulary keeps its Taiwan words.
  assert.equal(variantConverter('zh-Hans', 'zh-TW', OPENCC)('图像'), converter('cn', 'twp')('图像'));
});
