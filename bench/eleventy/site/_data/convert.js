// opencc-js converters (the ones tongwen uses), built once.
import * as OpenCC from 'opencc-js';

export default function () {
  return { 'zh-hant': OpenCC.Converter({ from: 'cn', to: 'tw' }), 'zh-hans': OpenCC.Converter({ from: 'tw', to: 'cn' }) };
}
