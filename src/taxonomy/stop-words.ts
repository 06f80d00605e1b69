/**
 * Stop words for automatic keywords: function words and the generic words of
 * news prose that TF-IDF alone would still pick. Written in Simplified (the
 * script of keyword keys); the single characters in both scripts, because
 * they are used on source text before conversion.
 */

/** Function characters that never start or end a merged term (both scripts). */
export const STOP_CHARS: ReadonlySet<string> = new Set(Array.from(
  '的了在是和与與及或也就都而被把这這那其之为為于於以个個等着著对對向从從让讓将將很更最又还還不没沒有会會能要可说說到来來去给給并並但却卻如若因所此每各该該据據由已则則即且跟同一二三四五六七八九十百千万萬亿億几幾年月日号號们們我你他她它您吗嗎呢吧啊上下中内內外前后後里裡多少第位名次种種项項家些自',
));

/**
 * The words of a speech at a ceremony or a visit (Simplified): thanks, wishes, praise and encouragement, the
 * people addressed, and the stock phrases of official speeches (因应, 深化, 双赢, 后盾). Found on the Presidential
 * Office releases of 2025 (development set), where they were a third of the bad keywords.
 */
export const SPEECH_WORDS: readonly string[] = [
  '同仁', '典礼', '仪式', '祝福', '祝贺', '恭喜', '感谢', '感激', '欢迎', '荣幸', '荣耀', '荣誉', '辛劳', '辛苦', '贵宾', '嘉宾', '伉俪', '心声',
  '期勉', '勉励', '期许', '期盼', '期待', '肯定', '致力', '致意', '致词', '佳节', '生日快乐', '坚守岗位', '共同努力', '贡献', '力量', '伙伴', '朋友',
  '团队', '行政团队', '勇气', '热情', '活力', '协力', '重要性', '角色', '理念', '福祉', '实力', '支柱', '后盾', '因应', '深化', '双赢',
  '万全', '视导', '全民', '人民', '国人', '各界', '两国', '国际舞台', '朝野', '地方', '办理', '执勤', '首创', '建构', '关怀', '影片', '记者会', '参观', '有效率',
  // … and of the 2023 releases (read after their sealed read: 里程碑, 议题, 建言, 晚宴 were keywords there)
  '里程碑', '议题', '建言', '意愿', '晚宴', '家园', '国际化', '交流', '颁奖典礼', '授证', '盛会',
];

/** Words that are never automatic keywords (Simplified, lower case). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // pronouns, conjunctions, adverbs
  '我们', '你们', '他们', '她们', '它们', '自己', '大家', '这个', '那个', '这些', '那些', '这样', '那样', '这种', '那种', '这一', '其中', '其他', '其它',
  '以及', '并且', '而且', '但是', '不过', '然而', '因此', '所以', '因为', '由于', '如果', '虽然', '尽管', '即使', '或者', '还是', '只是', '只有', '只要',
  '已经', '正在', '目前', '现在', '今天', '昨天', '明天', '今年', '去年', '明年', '近日', '日前', '此前', '此外', '同时', '与此同时', '随后', '之后', '之前', '以后', '以前', '以来', '期间',
  '可以', '可能', '能够', '需要', '应该', '必须', '一直', '一些', '一个', '一种', '一样', '一定', '一般', '非常', '特别', '更加', '十分', '仍然', '依然', '依旧', '继续', '开始', '进行', '成为', '作为', '通过', '对于', '关于', '根据', '按照', '为了', '以上', '以下', '之间', '方面', '问题', '情况', '时候', '时间', '相关', '有关', '主要', '重要', '不少', '很多', '许多', '所有', '部分', '全部', '表示', '认为', '指出', '介绍', '透露', '宣布', '发布', '报道', '记者', '消息', '来源', '据了解', '据悉', '了解', '显示', '提供', '包括', '实现', '带来', '提到', '就是', '也是', '不是', '没有', '还有', '是否', '如何', '什么', '怎么', '为什么', '哪些', '多少', '甚至', '更是', '而言', '来说', '的话', '等等', '例如', '比如', '其实', '当然', '确实', '同样', '不仅', '而是', '起来', '下来', '出来', '上去', '下去', '过去', '未来', '最新', '最后', '首先', '其次', '然后', '接下来', '左右', '超过', '达到', '约', '亿元', '万元', '美元', '同比', '环比', '增长', '下降', '上涨',
  // generic words of news prose: what every article of a business or tech desk says
  '公司', '企业', '市场', '发展', '工作', '行业', '产品', '用户', '系统', '平台', '价格', '成本', '服务', '技术', '业务', '客户',
  '人士', '业内', '业内人士', '分析师', '分析人士', '政府', '部门', '项目', '计划', '方式', '功能', '版本', '季度', '首度', '全面',
  '上线', '推出', '普及', '订单', '需求', '规模', '影响', '压力', '挑战', '机会', '商机', '领域', '能力', '水平', '模式', '趋势',
  '国内', '国际', '全球', '全国', '海外', '地区', '当地', '热议', '回温', '首批', '新款', '资料', '比例', '份额', '同期', '年度', '上半年', '下半年',
  '成长', '增加', '减少', '扩大', '提高', '提升', '降低', '采用', '使用', '支持', '推动', '加速', '营运', '结果', '原因', '目标',
  '措施', '方案', '环境', '条件', '因素', '作用', '意义', '地位', '重点', '关键', '核心', '基础', '主因', '低位', '高位', '历史',
  '一半', '多数', '大半', '人员', '民众', '厂商', '业者', '研发', '工作量', '排队', '收入', '利润', '数据', '信息', '资讯', '内容',
  '产业', '经济', '国家', '社会', '时代', '世界', '中心', '效率', '效果', '质量', '风险', '投资', '资金', '资本', '合作', '竞争',
  '优势', '生态', '方向', '阶段', '过程', '速度', '程度', '范围', '数量', '比重', '用量', '成绩', '表现', '突破', '进展', '变化',
  '改革', '建设', '管理', '研究', '分析', '报告', '调查', '数字', '智能', '创新', '消息', '受此', '业界', '官方', '新闻', '讯息',
  '开卖', '开售', '首周', '首日', '首月', '上游', '下游', '中下游', '主管机关', '主管部门', '监管部门', '有关部门', '相关部门', '职能部门',
  '新规', '单日', '单周', '单月', '当日', '当天', '首度', '时程', '进度', '案件', '研议', '研拟', '利用率', '首款', '首个', '首家',
  '飙涨', '暴涨', '大涨', '大跌', '暴跌', '飙升', '骤降',
  '详见', '为例', '国产', '平均水平', '短期内', '长期', '短期', '高达', '巨头', '焦点', '成果', '差距', '助力', '海量', '明朗', '新一轮',
  // the people and places of city news, as 民众 and 当地 (second development set: 市民 chosen twice)
  '市民', '居民', '本市', '全市', '多地', '各地', '小时',
  // generic words of government news (the Hong Kong releases: 公众 and 科技 chosen as keywords of releases about
  // mental health and a talent scheme, 精神 of 精神健康); 公众, 科技 and 精神 still start a compound (公众教育, 科技园,
  // 精神健康: MODIFIERS in terms.ts)
  '公众', '科技', '精神',
  // 智慧 is Taiwan's 智能 (智慧手机, 智慧城市): a stop word that still starts a compound, as 智能 is
  '智慧',
  // abstract words of policy speeches (模范 and 转型 still start a compound: 模范劳工, 转型正义), and 启动 (as 推出, 上线)
  '专业', '权益', '制度化', '模范', '转型', '启动',
  // … and the visits and meetings of government news: who met whom and where, not what about (两地, 会面, 行程 were
  // keywords of Hong Kong releases on a visit to Israel, a meeting with Hubei's governor, a study tour); the
  // government itself, as 政府 is
  '两地', '会面', '行程', '联络', '访问', '出席', '致辞', '特区政府',
  // a level, as 水平 and 平均水平 are (jieba's dictionary tags 高水平 a name)
  '高水平',
  // the words of a speech at a ceremony, which every release of a head of state's office says: who is thanked,
  // wished well and encouraged, not what about (同仁 of 警察同仁, 典礼, 祝福, 心声, 伉俪 were keywords of the Presidential
  // Office's releases of 2025; 全民 still starts a compound, 全民运动: MODIFIERS in terms.ts)
  ...SPEECH_WORDS,
  // titles and roles: who speaks, not what about (湖北省省长, 重庆市市长 and 事务局局长 were keywords of the Hong
  // Kong releases); they neither start nor end a compound (GENERIC_TAILS below: 湖北省+省长 is the province's
  // governor, 行政长官+林 took the first character of 林郑月娥)
  ...roleWords(),
]);

/** Titles of office and roles of people (Simplified). */
function roleWords(): string[] {
  return ['总统', '副总统', '首相', '总理', '副总理', '省长', '副省长', '市长', '副市长', '县长', '区长', '镇长', '乡长', '村长', '局长', '副局长', '部长',
    '副部长', '署长', '副署长', '司长', '副司长', '处长', '厅长', '院长', '副院长', '校长', '主席', '副主席', '会长', '理事长', '董事长', '总裁', '总经理',
    '主任', '主任委员', '主委', '秘书长', '委员', '议员', '议长', '首长', '官员', '行政长官', '特首', '大使', '领事', '发言人', '次长', '政务委员',
    '立法委员', '区议员', '总监', '执行长', '首席执行官', '创办人', '创始人', '团长', '领队', '指挥官', '总会长'];
}

const ROLES: ReadonlySet<string> = new Set(roleWords());

/**
 * A title of office: a role word (`roleWords`), an institution's head (外交部长, 行政院长, 警政署长: an institution
 * ending in 部 院 局 署 处 and 长), or a person named by surname and role (赖总统, 蔡副总统, 卓院长: one character
 * and a role word): who speaks, not what about.
 */
export function isTitleOfOffice(key: string): boolean {
  if (ROLES.has(key)) return true;
  if (/^\p{Script=Han}{1,5}[部院局署处]长$/u.test(key)) return true;
  const chars = [...key];
  return chars.length >= 3 && ROLES.has(chars.slice(1).join(''));
}

/**
 * Generic words that do not end a compound of two nouns: 房地产+市场, 电商+平台, 组件+价格, 病患+资料 name
 * an aspect of a topic, not a topic (the topic is the first word); nor do the people or firms of a topic
 * (网约车+司机, 台湾+代表团, 新创+公司).
 */
export const GENERIC_TAILS: ReadonlySet<string> = new Set([
  '市场', '价格', '成本', '系统', '平台', '资料', '数据', '信息', '用户', '业务', '行业', '领域', '问题', '情况', '方面', '政策', '计划',
  '项目', '需求', '规模', '影响', '消息', '同比', '环比', '增长', '下降', '营收', '收入', '销量', '份额', '产能', '订单', '建设', '发展',
  '部门', '方案', '措施', '能力', '水平', '模式', '趋势', '前景', '压力', '风险', '贡献', '占比', '比例', '数量', '线',
  '过程', '期间', '短期内', '长期', '合作', '供应', '性能', '目标', '计划', '案件', '生态', '上游', '下游', '中下游',
  '条例', '新规', '票价', '股价', '工程', '利用率', '单日', '单周', '单月', '当日', '当天',
  '典礼', '仪式', '记者会',
  // Technical writing: a component, a principle, a file, code (链路跟踪+组件, 透传+原理, 代码+文件 are phrases of a headline).
  '组件', '原理', '文件', '代码',
  '司机', '代表团', '公司', '员工', '居民', '民众', '车主', '乘客', '旅客', '消费者', '家长', '学生', '业者', '厂商', '人士', '工人', '患者', '网友',
  ...roleWords(),
]);

/**
 * Verbs that take an object in the speeches of government news (拓展+动保, 协调+人力, 巩固+台美, 袭击+事件 were
 * keywords of the Presidential Office's releases of 2025): with a noun after them, a phrase, not a term (unlike
 * 充电+桩, 巡护+船). They start no verb-and-noun compound.
 */
export const OBJECT_VERBS: ReadonlySet<string> = new Set([
  '拓展', '协调', '巩固', '布局', '推动', '加强', '强化', '促进', '落实', '保障', '守护', '打造', '维护', '建立', '推广', '鼓励', '协助', '照顾',
  '投入', '关心', '重视', '袭击', '打击', '培养', '争取', '面对', '参与', '邀请', '接见', '慰勉', '视察', '迈向', '持续', '积极', '共同', '欢迎', '感谢',
]);

/** The verbs of news events: they neither start nor end a compound (启动+防疫, 载客+突破 are statements, not terms). */
export const EVENT_VERBS: ReadonlySet<string> = new Set([
  '突破', '增长', '上涨', '下跌', '启动', '推出', '上线', '生效', '扩张', '回升', '回暖', '走红', '激增', '减少', '增加', '提升',
  '降低', '加速', '开卖', '开售', '降价', '涨价', '获批', '投产', '量产', '交付', '上市', '落地', '亮相', '发布', '宣布', '调整',
]);

/**
 * Common words that jieba's dictionary tags as names of people or places (银行卡/nr, 续航/nr, 城市/ns, 中断/ns):
 * counted as common nouns, not names. Found on the development set and the generated corpus, and in the
 * dictionary's most frequent name entries (Simplified).
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  // tagged nr / nrt
  '高达', '明白', '张量', '明朗', '蓝鲸', '续航', '红外', '银行卡', '余震', '高清', '卫冕', '许可证', '祝贺', '强台风', '师生', '强降雨',
  '续保', '延后', '无人驾驶', '纳米', '勒索', '比特', '卫星', '博客', '安全性', '保健', '养老', '康复', '加薪', '修正', '克隆', '封锁', '宣言', '富豪',
  '小学生', '幼儿园', '天文台', '巧克力', '卓越', '关怀', '公正', '光荣', '友谊', '周转', '崇高', '师傅', '张开', '亚军', '季后赛',
  '同仁', '祝福', '双赢', '万全', '智慧',
  // tagged ns
  '长度', '深度', '加密', '普及', '城市', '入口', '中断', '太阳', '东南', '西南', '东北', '西北', '扎堆', '新建', '上路', '台风', '远洋',
]);

/**
 * Nouns jieba's dictionary tags as verbs (警察/v, 选手/v, 预算/v): counted as common nouns. From the
 * dictionary's most frequent two-character verb entries (警察 cost the Presidential Office's releases about the
 * police their lead topic).
 */
export const NOUNS_TAGGED_VERBS: ReadonlySet<string> = new Set(['警察', '选手', '考生', '导演', '对手', '预算', '协定', '知识', '通道']);

/**
 * Festivals, which jieba tags as time words (`t`, as 下午 and 去年): names of a topic here (中秋节, 春节, 国庆).
 * A time word ending in 节, or one of these.
 */
export const FESTIVALS: ReadonlySet<string> = new Set(['国庆', '元旦', '除夕', '春节', '中秋', '端午', '元宵', '清明', '七夕', '重阳', '圣诞', '小年夜']);

/**
 * Abbreviations of formats, protocols and plumbing that technical articles write in passing (HTTP, JSON, TCP, IP, ID,
 * URI, CLI, QPS, DB, PR, APT: lower case keys): not a keyword unless the headline names one (an article on HTTP/3 or on
 * a JSON parser is about it). On the APISIX and SOFAStack development sets 14 keywords were such words, none a tag or an
 * acceptable term; no human tag of any set is one of them.
 */
export const PLUMBING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'http', 'https', 'json', 'xml', 'yaml', 'yml', 'tcp', 'udp', 'ip', 'id', 'io', 'uri', 'url', 'cli', 'qps', 'tps', 'db', 'pr', 'apt', 'ui', 'os', 'ssh',
]);
