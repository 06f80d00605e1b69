/**
 * Taiwan boroughs (里) named after their district: 土城区顶福里, 八德区大发里,
 * 关庙区下湖里的桥梁. OpenCC writes a lone 里 as 裏 (“inside”), so a borough
 * comes out 頂福裡 on every Traditional page; no phrase entry can know the
 * borough's name. The pattern can: a district (one to three characters and
 * 区, or a town's 镇), a two-character name, 里, and then what follows a
 * place name (the end of the text, punctuation, a list's 和/与/及, 的, 交界, or the
 * borough's own words: 里长, 里民, 邻, 办公处). That 里 is kept as written.
 *
 * Left out, so that “inside” keeps OpenCC's 裏: words ending in 区 or 镇 that
 * are no district (社区, 地区, 园区, 小镇 …: GENERIC) unless a name's first
 * character comes before them (土城区, 大园区), and two-character
 * places one is inside (公园里, 医院里, 公寓里 …: INSIDE). A borough named like
 * one of them (新竹市东区公园里) is read as “inside”.
 *
 * Found on development text: the Taiwan sprint text (dev half: 土城區頂福里 →
 * 頂福裡) and sentence-collector text beyond the benchmark excerpt
 * (characters 80,000–96,000 and 128,000–136,918: 八德區大發里, 大園區埔心里,
 * 關廟區下湖里的橋梁).
 */

/**
 * Words ending in 区 or 镇 that are no district (社区, 地区, 城区, 小镇 …): read as a district only after a name's
 * first character (土城区, 大社区, 桃园区), not after a function word or at the start (在城区, 这个社区).
 */
const GENERIC = new Set([
  ...[...'社地市园校山灾景城郊小禁营辖选街厂矿牧林湾片特专展赛战军疫老误盲雷学分港库油新全本该各此每整这那哪'].map((c) => `${c}区`),
  ...[...'小城乡村古集重坐市'].map((c) => `${c}镇`),
]);
/** Function words before a generic word (在城区, 的社区): no district name. */
const FUNCTION = new Set([...'在于到从是为把被给向往对与和及的了也都就还又个各这那该本全每整']);

/** Places one is inside (住在大安区公寓里): a 里 after them is “inside”. */
const INSIDE = new Set([
  '公园', '医院', '学校', '商场', '大楼', '房子', '房间', '公寓', '宿舍', '教室', '餐厅', '超市', '市场', '街道', '巷子', '小巷',
  '公司', '工厂', '车站', '机场', '校园', '仓库', '电梯', '厕所', '厨房', '浴室', '屋子', '院子', '村子', '城市', '诊所', '店铺',
  '商店', '书店', '银行', '法院', '监狱', '隧道', '地下', '车厢', '大厅', '会场', '广场', '家里', '家中', '池塘', '森林', '树林',
  '山区', '山上', '河里', '水里', '湖里', '海里', '田里', '地里', '夜市', '庙里', '寺庙', '教堂', '球场', '剧院', '影院', '酒店',
  '饭店', '旅馆', '民宿', '停车', '地方', '那边', '这边', '附近', '一带', '角落', '心里', '手里', '眼里', '梦里', '网路', '网络',
]);

const PATTERN = /(\p{Script=Han}?)(\p{Script=Han}[区镇])(\p{Script=Han}{2})里(?=$|[\s\p{P}\p{S}0-9０-９和与及跟的长民邻办]|里长|里民|交界)/gu;

/** Noncharacter that stands for a borough's 里 while the text is converted (texts holding it are left as they are). */
const MARK = '\uFDD0';

/** The text with each borough's 里 (Simplified text) replaced by a mark, and the function that puts 里 back. */
export function markBoroughs(text: string): { text: string; restore: (converted: string) => string } {
  const none = { text, restore: (s: string) => s };
  if (!text.includes('里') || text.includes(MARK)) return none;
  let marked = false;
  const out = text.replace(PATTERN, (all, before: string, district: string, name: string) => {
    if (INSIDE.has(name) || [...name].some((c) => FUNCTION.has(c)) || (GENERIC.has(district) && (before === '' || FUNCTION.has(before)))) return all;
    marked = true;
    return `${before}${district}${name}${MARK}`;
  });
  return marked ? { text: out, restore: (s) => s.split(MARK).join('里') } : none;
}
