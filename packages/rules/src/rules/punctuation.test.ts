import { describe, expect, it } from 'vitest';
import { applyFixes } from '../lint.js';
import { fixture, fresh, lintWith, paragraph, seeds, examples } from '../../test/rule-harness.js';

const lint = (source: string, locale?: 'zh' | 'en') => lintWith('punctuation', source, { locale });
const lintText = (text: string) => lint(paragraph(text));
/** The paragraph after every fix of the rule is applied. */
const fixed = (text: string) => {
  const md = paragraph(text);
  return applyFixes(md, lint(md)).output.split('\n').at(-2);
};

describe('punctuation', () => {
  describe('valid', () => {
    it.each(examples)('is silent on the example report $name', ({ source }) => {
      expect(lint(source)).toEqual([]);
    });

    it.each(fresh)('is silent on a fresh $edition report', ({ source }) => {
      expect(lint(source)).toEqual([]);
    });

    it('is silent on correct reports', () => {
      expect(lint(fixture('clean-2021.md'))).toEqual([]);
      expect(lint(fixture('clean-legacy.md'))).toEqual([]);
      expect(lint(seeds[1].source)).toEqual([]);
      expect(lint(seeds[4].source)).toEqual([]);
    });

    it.each([
      // URLs, e-mail, numbers, times, ratios, decimals.
      '网上申请平台地址为http://www.example.gov.cn/ysqgk/?a=1,2，咨询电话：0731-12345678。',
      '邮箱：345200423@qq.com，电话：0432-63012687。',
      '全年发布信息3,256条，增长1.5个百分点，上午9:00开放，比例为3:1。',
      // Full-width marks, 文号 in 〔〕, nested quotes, book titles with brackets.
      '依据《某某区规范性文件管理办法（试行）》（某政办发〔2022〕8号），落实“先审查、后公开”和‘一事一审’制度。',
      // Ellipsis and dash are doubled by definition.
      '包括政策文件、通知公告……等，统一发布——按时更新。',
      // Latin words that are names or abbreviations; half-width pairs outside Chinese text.
      '提供LED屏、免费Wi-Fi和政务App服务，科普e站运行良好，公式为 (a+b) 与 f(x)。',
      // Court case numbers put the bracketed year first.
      '案号为（2023）湘01行初12号。',
      // A list number closes what nothing opened.
      '1）加强培训；2）完善制度。',
    ])('is silent on: %s', (text) => {
      expect(lintText(text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('seed 000: 《…（试行）》规定》 and a closing quote with no opening one', () => {
      const found = lint(seeds[0].source);
      expect(found.map((d) => [d.messageId, d.data?.mark])).toEqual([
        ['unpaired', '》'],
        ['unpaired', '”'],
      ]);
    });

    it('seed 002: （www.longtan.gov.cn) mixes widths — reported, the address left alone', () => {
      const [d, ...rest] = lint(seeds[2].source);
      expect(rest).toEqual([]);
      expect(d).toMatchObject({ messageId: 'mixed-width', severity: 'warning' });
      expect(d.fix).toBeUndefined();
    });

    it('seed 003: 「文件精神 and 内容」 and half-width commas in Chinese text, fixed', () => {
      const found = lint(seeds[3].source);
      expect(found.filter((d) => d.messageId === 'latin-word').map((d) => d.data?.word)).toEqual([
        'and',
      ]);
      const commas = found.filter((d) => d.messageId === 'half-width');
      expect(commas.length).toBe(11);
      expect(commas.every((d) => d.fix?.text === '，')).toBe(true);
      const output = applyFixes(seeds[3].source, found).output;
      expect(output).toContain('还不是很全面，对如何更主动');
      expect(lint(output).filter((d) => d.messageId === 'half-width')).toEqual([]);
    });

    it.each([
      ['工作取得成效,群众满意度提升。', '工作取得成效，群众满意度提升。'],
      ['工作取得成效, 群众满意度提升。', '工作取得成效，群众满意度提升。'],
      ['主要做法:一是加强领导;二是完善制度。', '主要做法：一是加强领导；二是完善制度。'],
      ['如何提高知晓率?', '如何提高知晓率？'],
      ['我镇(街道)设立查阅点。', '我镇（街道）设立查阅点。'],
      [
        '依据晋政办[2018]154号文件，按照（2018）35号要求。',
        '依据晋政办〔2018〕154号文件，按照（2018）35号要求。',
      ],
      [
        '依据某政发（2019）3号和某政办﹝2020﹞12号。',
        '依据某政发〔2019〕3号和某政办〔2020〕12号。',
      ],
      ['完成整改。。', '完成整改。'],
      ['一是加强领导，，二是完善制度。', '一是加强领导，二是完善制度。'],
      ['门户网站（公开专栏)已更新。', '门户网站（公开专栏）已更新。'],
      ['参见附件(PDF)。', '参见附件（PDF）。'],
    ])('「%s」 is fixed to 「%s」', (text, expected) => {
      expect(lintText(text).length).toBeGreaterThan(0);
      expect(fixed(text)).toBe(expected);
    });

    it.each([
      ['要求“一网通办。', 'unpaired'],
      ['《条例》第二十条（一）项规定）。', 'unpaired'],
      ['完成整改。。。', 'doubled'],
      ['一是加强领导，。', 'doubled'],
      ['宣传上级有关文件精神 and 内容。', 'latin-word'],
    ])('「%s」 is reported (%s) without a fix', (text, messageId) => {
      const found = lintText(text);
      expect(found.map((d) => d.messageId)).toEqual([messageId]);
      expect(found[0].fix).toBeUndefined();
    });

    it('fixes the right characters in text written with Markdown escapes', () => {
      // An imported list item keeps its number as text, written `1\.` — the text node is shorter than
      // its source, so every character is located in the file before a fix is offered.
      const md = paragraph('1\\. 宣传力度有待加强,群众了解还不全面。');
      const [d] = lint(md);
      expect(d.fix).toBeDefined();
      expect(applyFixes(md, [d]).output).toContain('1\\. 宣传力度有待加强，群众了解还不全面。');
    });

    it('leaves the numbering of headings to heading-numbering, checks their words', () => {
      const md = `${paragraph('正文。')}\n### (一)主动公开,依申请公开\n`;
      const found = lint(md);
      expect(found.map((d) => [d.messageId, d.data?.mark])).toEqual([['half-width', ',']]);
    });

    it('speaks English', () => {
      const [d] = lint(paragraph('依据晋政办[2018]154号文件。'), 'en');
      expect(d.message).toBe('The year in a 文号 goes in 〔〕: “[2018]” should be “〔2018〕”');
    });
  });
});
