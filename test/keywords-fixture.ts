/**
 * A small site with Traditional and Simplified articles sharing keywords in
 * both scripts and in any case, and two articles without keywords (for
 * automatic keywords). Used by the keyword, search and browser tests.
 */
import { article, tempDir, writeSite } from './helpers.js';

const LIQUID = '液冷技術讓數據中心的能耗明顯下降。液冷改造之後，數據中心的電費減少三成。';

/** Writes the fixture site into a fresh folder; `config` is appended to its tongwen.config.yaml. */
export function keywordSite(config = ''): string {
  return writeSite(tempDir('tongwen-kw-'), {
    'tongwen.config.yaml': `title: 關鍵詞測試站\nbaseUrl: https://kw.example.org/\npageSize: 2\n${config}`,
    'content/2024/06/nvidia-dc-gpu.md': article(
      { title: '英偉達發布新一代數據中心GPU', date: '2024-06-01', lang: 'zh-Hant', keywords: '[英偉達, ＧＰＵ, 數據中心]' },
      '英偉達今天發布新一代數據中心 GPU。\n',
    ),
    'content/2024/06/nvidia-shares.md': article(
      { title: '英伟达股价创新高', date: '2024-06-02', lang: 'zh-Hans', keywords: '[" 英伟达 ", gpu]' },
      '英伟达股价今天创下新高。\n',
    ),
    'content/2024/06/gpu-shortage.md': article(
      { title: '显卡供应依然紧张', date: '2024-06-03', lang: 'zh-Hans', keywords: '[GPU, 「供应链」]' },
      'GPU 供应依然紧张。\n',
    ),
    'content/2024/05/liquid-cooling.md': article(
      { title: '数据中心液冷改造', date: '2024-05-01', lang: 'zh-Hans', keywords: '数据中心 液冷' },
      '液冷改造正在推进。\n',
    ),
    'content/2024/04/tsmc.md': article(
      { title: '台積電擴產', date: '2024-04-01', lang: 'zh-Hant', keywords: '[台積電, 半導體, Apple]' },
      '台積電宣布擴產。\n',
    ),
    'content/2024/03/auto-one.md': article(
      { title: '液冷數據中心調查', date: '2024-03-01', lang: 'zh-Hant' },
      `${LIQUID}\n\n${LIQUID}\n\n台積電的工廠也在評估液冷。\n`,
    ),
    'content/2024/02/auto-two.md': article(
      { title: '半导体产能扩张', date: '2024-02-01', lang: 'zh-Hans' },
      '台积电和其他半导体企业继续扩张产能。半导体设备订单增加，台积电的新工厂明年投产。\n\n半导体行业人士认为，产能扩张仍会持续。\n',
    ),
  });
}
