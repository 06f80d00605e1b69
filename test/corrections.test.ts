/**
 * The correction layer (src/conversion/corrections.ts): every entry, in every
 * variant of its direction, fixes what plain OpenCC gets wrong, keeps its
 * source note, and reads back to the writer's text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { converter, variantConverter, variantSide } from '../src/conversion/converters.js';
import { CORRECTIONS, CORRECTION_RULES } from '../src/conversion/corrections.js';
import { chainConverter } from '../src/conversion/preset.js';
import { variantConversion } from '../src/conversion/options.js';
import { VARIANTS, type VariantId } from '../src/conversion/variants.js';

const HANT: VariantId[] = ['zh-Hant', 'zh-TW', 'zh-HK'];
const NO_QUOTES = { quotes: false };

test('every correction has a source note, an example holding it, and is unique', () => {
  const seen = new Set<string>();
  for (const c of CORRECTIONS) {
    assert.ok(c.source.length > 10, `${c.from}: source`);
    assert.ok(c.example.includes(c.from), `${c.from}: example`);
    assert.ok(!seen.has(`${c.direction}:${c.from}`), `${c.from} twice`);
    seen.add(`${c.direction}:${c.from}`);
  }
  assert.ok(CORRECTIONS.length >= 40);
});

for (const c of CORRECTIONS) {
  test(`correction ${c.direction} ${c.from} → ${c.to}: ${c.example}`, () => {
    if (c.direction === 's2t') {
      // OpenCC alone gets it wrong …
      const plain = converter('cn', 't')(c.example);
      // A guard keeps OpenCC's output against a shorter entry; every other entry fixes OpenCC.
      if (!c.source.startsWith('guard')) assert.ok(!plain.includes(c.to), `OpenCC already writes ${c.to}: ${plain}`);
      // … tongwen with OpenCC's forms writes it …
      assert.ok(variantConverter('zh-Hans', 'zh-Hant', { forms: 'opencc', ...NO_QUOTES })(c.example).includes(c.to));
      // … and so does every Traditional variant, in its forms, under both options; and it reads back.
      for (const v of HANT) {
        for (const forms of ['common', 'opencc'] as const) {
          const options = { forms, ...NO_QUOTES };
          const side = variantSide(v, variantConversion(options, v));
          if (side.script !== 'Hant') throw new Error(v);
          // In the variant's forms and its default house style (DEFAULT_PREFER: zh-TW 臺灣 占 拚, zh-Hant 臺灣).
          const want = chainConverter({ script: 'Hant', forms: 't' }, { script: 'Hant', forms: side.forms, ...(side.prefer ? { prefer: side.prefer } : {}) })(c.to);
          const got = variantConverter('zh-Hans', v, options)(c.example);
          assert.ok(got.includes(want), `${v} (${forms}): ${got} lacks ${want}`);
          assert.equal(variantConverter(v, 'zh-Hans', options)(got), c.example, `${v} (${forms}) back`);
        }
      }
    } else {
      const plain = converter('t', 'cn')(c.example);
      assert.ok(!plain.includes(c.to), `OpenCC already writes ${c.to}`);
      for (const v of HANT) {
        assert.ok(variantConverter(v, 'zh-Hans', NO_QUOTES)(c.example).includes(c.to), v);
      }
    }
    assert.ok(VARIANTS['zh-Hans']);
  });
}

for (const rule of CORRECTION_RULES) {
  test(`correction rule: ${rule.name}`, () => {
    assert.ok(rule.source.length > 10 && rule.entries.length > 0);
    const opencc = converter('cn', 't');
    for (const [s, want] of rule.examples) {
      // OpenCC gets the example wrong; tongwen fixes it in every Traditional variant, under both forms options, and reads it back.
      assert.ok(!opencc(s).includes(want), `OpenCC already writes ${want}: ${opencc(s)}`);
      for (const v of HANT) {
        for (const forms of ['common', 'opencc'] as const) {
          const options = { forms, ...NO_QUOTES };
          const side = variantSide(v, variantConversion(options, v));
          if (side.script !== 'Hant') throw new Error(v);
          const expect = chainConverter({ script: 'Hant', forms: 't' }, { script: 'Hant', forms: side.forms, ...(side.prefer ? { prefer: side.prefer } : {}) })(want);
          const got = variantConverter('zh-Hans', v, options)(s);
          assert.ok(got.includes(expect), `${v} (${forms}): ${s} → ${got}, lacks ${expect}`);
          assert.equal(variantConverter(v, 'zh-Hans', options)(got), s, `${v} (${forms}) back`);
        }
      }
    }
    // Ordinary text near the rule converts as plain OpenCC converts it.
    const ours = variantConverter('zh-Hans', 'zh-Hant', { forms: 'opencc', ...NO_QUOTES });
    for (const s of rule.guards) assert.equal(ours(s), opencc(s), s);
  });
}
