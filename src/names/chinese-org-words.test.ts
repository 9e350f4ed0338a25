import { describe, expect, it } from 'vitest';
import { segmentChineseOrgWords } from './chinese-org-words.js';

describe('segmentChineseOrgWords', () => {
  it('cuts a company name into the words of its business and the characters between them', () => {
    expect(segmentChineseOrgWords('丹东鸿祥实业发展')).toEqual([{ han: '丹东鸿祥' }, { english: 'industry' }, { english: 'development' }]);
    expect(segmentChineseOrgWords('华为技术')).toEqual([{ han: '华为' }, { english: 'technology' }]);
  });

  it('takes the longest word: 进出口 is import export, not 出口 alone', () => {
    expect(segmentChineseOrgWords('三明进出口')).toEqual([{ han: '三明' }, { english: 'import export' }]);
  });

  it('leaves personal names and names without such words alone', () => {
    expect(segmentChineseOrgWords('习近平')).toBeUndefined();
    expect(segmentChineseOrgWords('中国')).toBeUndefined();
    expect(segmentChineseOrgWords('维克塞尔伯格')).toBeUndefined();
  });
});
