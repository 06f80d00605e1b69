/**
 * Decoding article bytes: UTF-8 only, with a helpful error naming the likely
 * legacy encoding (GBK or Big5) when a file is not UTF-8.
 */
import { SiteError } from '../core/errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Common characters of Chinese news text in both scripts. Text decoded with
 * the right legacy encoding contains many of them; a wrong decoding yields rare
 * characters instead.
 */
const COMMON =
  '的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日军軍者意无無力它与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最重并並物手应應战戰向头頭文体體政美相见見被利什二等产產或新己制身果加西斯月话話合回特代内內信表化老给給世位次度门門任常先海通教儿兒原东東声聲提立及比员員解水名真论論处處走义義各入几幾口认認条條平系气氣题題活尔爾更别別打女变變四神总總何电電数數安少报報才结結反受目太量再感建务務做接必场場件计計管期市直德资資命山金指克许許统統区區保至队隊形社便空决決治展马馬科司五基眼书書非则則听聽白却卻界达達光放强強即像难難且权權思王象完设設式色路记記南品住告类類求据據程北边邊死张張该該交规規万萬取拉格望觉覺术術领領共确確传傳师師观觀清今切院让讓识識候带帶导導争爭运運笑飞飛风風步改收根干造言联聯持组組每济濟车車亲親极極林服快办辦议議往元英士证證近失转轉夫令准布始怎呢存未远遠叫台单單影具罗羅字爱愛击擊流备備兵连連调調深商算质質团團集百需价價花党黨华華城石级級整府离離况況亚亞请請技际際约約示复復病息究线線似官火断斷精满滿支视視消越器容照须須九增研写寫称稱企八功吗嗎包片史委乎查轻輕易早曾除农農找装裝广廣显顯吧阿李标標谈談吃图圖念六引历歷首医醫局突专專费費号號尽盡另周较較注语語仅僅考落青随隨选選列武红紅响響虽雖推势勢参參希古众眾构構房半节節土投某案黑维維革划劃敌敵致陈陳律足态態护護七兴興派孩验驗责責营營星够夠章音跟志底站严嚴巴例防族供效续續施留讲講型料终終答紧緊黄黃绝絕奇察母京段依批群项項故按河米围圍江织織害斗双雙境客纪紀采举舉杀殺攻父苏蘇密低朋温溫药藥';
const commonSet = new Set(COMMON);

function score(text: string): number {
  let hits = 0;
  for (const ch of text) if (commonSet.has(ch)) hits++;
  return hits;
}

/** Guesses the legacy encoding of bytes that are not UTF-8: 'GBK', 'Big5' or undefined. */
export function guessLegacyEncoding(bytes: Uint8Array): 'GBK' | 'Big5' | undefined {
  const candidates: Array<['GBK' | 'Big5', string]> = [
    ['GBK', 'gb18030'],
    ['Big5', 'big5'],
  ];
  let best: 'GBK' | 'Big5' | undefined;
  let bestScore = 0;
  for (const [name, label] of candidates) {
    let text: string;
    try {
      text = new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    const s = score(text);
    if (s > bestScore) {
      best = name;
      bestScore = s;
    }
  }
  return best;
}

/** Byte offset of the first invalid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** 'UTF-16LE' or 'UTF-16BE' for bytes with a UTF-16 byte-order mark, or mostly-ASCII text with every other byte zero. */
export function utf16Kind(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  const n = Math.min(bytes.length & ~1, 512);
  if (n < 8) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd > n / 4 && even === 0) return 'UTF-16LE';
  if (even > n / 4 && odd === 0) return 'UTF-16BE';
  return undefined;
}

/**
 * Decodes a file's bytes as UTF-8 (a byte-order mark is dropped) or throws a
 * SiteError at the first invalid byte, naming the likely encoding (GBK,
 * Big5, UTF-16). A NUL character is an error too: text files have none (a
 * binary file, or one damaged in transfer).
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const wide = utf16Kind(bytes);
  if (wide) {
    throw new SiteError({
      stage: 'read', file, line: 1, column: 1,
      message: `file is ${wide}, not UTF-8`,
      hint: `save it as UTF-8 in your editor, or convert it: \`iconv -f ${wide} -t UTF-8 FILE > FILE.utf8\``,
    });
  }
  try {
    const decoded = utf8.decode(bytes);
    const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
    const nul = text.indexOf('\0');
    if (nul >= 0) {
      const before = text.slice(0, nul).split('\n');
      throw new SiteError({
        stage: 'read', file, line: before.length, column: [...before[before.length - 1]!].length + 1,
        message: 'file contains a NUL character (byte 0): it is not a text file, or it was damaged',
        hint: 'remove the NUL characters (e.g. `tr -d \'\\000\' < FILE > FILE.txt`), or restore the file',
      });
    }
    return text;
  } catch (error) {
    if (error instanceof SiteError) throw error;
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const lines = before.split('\n');
    const line = lines.length;
    const column = [...(lines[lines.length - 1] ?? '')].length + 1;
    const guess = guessLegacyEncoding(bytes);
    throw new SiteError({
      stage: 'read',
      file,
      line,
      column,
      message: `file is not valid UTF-8${guess ? `; it looks like ${guess}` : ''}`,
      hint: guess
        ? `convert it to UTF-8, e.g. \`iconv -f ${guess === 'GBK' ? 'GB18030' : 'BIG5'} -t UTF-8 FILE > FILE.utf8\`, or save it as UTF-8 in your editor`
        : 'save the file as UTF-8 in your editor',
    });
  }
}
