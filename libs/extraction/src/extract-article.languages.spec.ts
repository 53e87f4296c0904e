import { extractArticle } from './extract-article';
import { articlePage } from './test-support/article-page';

const ARABIC = [
  'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في العاصمة، بسعة خمسمائة سرير وبتكلفة بلغت مئتي مليون دولار.',
  'وقال الوزير في مؤتمر صحفي إن المستشفى سيخدم أكثر من مليون مواطن في المناطق الشمالية من البلاد.',
  'ومن المتوقع أن يبدأ استقبال المرضى مطلع الشهر المقبل، بعد الانتهاء من تدريب الطواقم الطبية.',
];
const CHINESE = [
  '国家统计局今天公布的数据显示，今年第一季度国内生产总值同比增长百分之五点三，高于市场预期。',
  '分析人士指出，消费和出口的回暖是推动经济增长的主要因素，但房地产市场仍然面临较大压力。',
  '统计局发言人表示，下一阶段将继续实施积极的财政政策，稳定就业，扩大内需。',
];
const GERMAN = [
  'Der Stadtrat hat am Dienstagabend den neuen Haushalt beschlossen, nach einer Debatte von mehr als vier Stunden.',
  'Die Ausgaben für den öffentlichen Nahverkehr steigen um zwölf Prozent, während der Straßenbau gleich bleibt.',
  'Die Opposition kritisierte den Zeitpunkt der Abstimmung und sprach von einem überstürzten Verfahren.',
];

describe('right-to-left and non-English pages', () => {
  it('extracts an Arabic right-to-left page with its date and without its navigation', () => {
    const html = articlePage({
      lang: 'ar',
      dir: 'rtl',
      paragraphs: ARABIC,
      beforeArticle: '<nav class="menu"><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>',
      articleHeader:
        '<h1>افتتاح مستشفى جديد في العاصمة</h1><div class="article_created">تم نشره الجمعة 24 نيسان / أبريل 2020</div>',
      afterArticle: '<div class="related"><a href="/a">اقرأ أيضا: أخبار أخرى من العاصمة اليوم</a></div>',
    });
    const article = extractArticle(html);
    expect(article.blocks.map((b) => b.text)).toEqual(ARABIC);
    expect(article.title).toBe('افتتاح مستشفى جديد في العاصمة');
    expect(article.language).toBe('ar');
    expect(article.publishedAt).toBe('2020-04-24');
    expect(article.sectionPath).toEqual([]);
  });

  it('extracts a Chinese page (no spaces, CJK punctuation)', () => {
    const html = articlePage({
      lang: 'zh-CN',
      paragraphs: CHINESE,
      articleHeader: '<h1>一季度经济增长超预期</h1><span class="date">2024年4月16日</span>',
    });
    const article = extractArticle(html);
    expect(article.blocks.map((b) => b.text)).toEqual(CHINESE);
    expect(article.language).toBe('zh');
    expect(article.publishedAt).toBe('2024-04-16');
  });

  it('extracts a German page and its byline and date line', () => {
    const html = articlePage({
      lang: 'de-DE',
      paragraphs: GERMAN,
      articleHeader:
        '<h1>Stadtrat beschließt Haushalt</h1><p class="byline">Von Anna Müller</p><p class="date">Veröffentlicht am 3. März 2021</p>',
    });
    const article = extractArticle(html);
    expect(article.blocks.map((b) => b.text)).toEqual(GERMAN);
    expect(article.authors).toEqual(['Anna Müller']);
    expect(article.publishedAt).toBe('2021-03-03');
    expect(article.language).toBe('de');
  });
});
