#include "Typography.h"

#include <QRegularExpression>

namespace {

constexpr QChar openingGuillemet = u'\u00AB';  // «
constexpr QChar closingGuillemet = u'\u00BB';  // »
constexpr QChar openingLowQuote = u'\u201E';   // „
constexpr QChar closingHighQuote = u'\u201C';  // “
constexpr QChar noBreakSpace = u'\u00A0';

// A tag that starts or ends a paragraph, a cell or a row: quotes are counted afresh after it.
bool startsOrEndsABlock(QStringView tag)
{
    if (tag.startsWith(u'/'))
        tag = tag.mid(1);
    qsizetype length = 0;
    while (length < tag.size() && tag.at(length).isLetterOrNumber())
        ++length;
    const QStringView name = tag.left(length);
    for (const char16_t *block : {u"p", u"td", u"th", u"tr", u"li", u"div", u"table", u"br", u"h1", u"h2",
                                  u"h3", u"h4", u"body"})
        if (name.compare(QStringView(block), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

QString Typography::nestQuotes(const QString &html)
{
    if (!html.contains(openingGuillemet))
        return html;
    QString result = html;
    int depth = 0;
    for (qsizetype i = 0; i < result.size(); ++i) {
        const QChar c = result.at(i);
        if (c == u'<') {
            const qsizetype end = result.indexOf(u'>', i);
            if (end < 0)
                break;
            if (startsOrEndsABlock(QStringView(result).mid(i + 1, end - i - 1)))
                depth = 0;
            i = end;
        } else if (c == openingGuillemet) {
            if (depth > 0)
                result[i] = openingLowQuote;
            ++depth;
        } else if (c == closingGuillemet && depth > 0) {
            if (depth > 1)
                result[i] = closingHighQuote;
            --depth;
        }
    }
    return result;
}

QString Typography::keepNumberSignWithNumber(const QString &html)
{
    QString result = html;
    result.replace(QStringLiteral("№ "), QStringLiteral("№") + noBreakSpace);
    result.replace(QStringLiteral("№&nbsp;"), QStringLiteral("№") + noBreakSpace);
    return result;
}

QString Typography::keepIdentifierWithNumber(const QString &html)
{
    // The name as a word of its own ("ИИН", "(ЖСН", "БИН:"), then one space, then a digit (maybe
    // inside a tag such as <u>).
    static const QRegularExpression identifier(
        QStringLiteral("(?<![\\p{L}\\p{N}])(ИИН|ЖСН|БИН|БСН)(:?)(?: |&nbsp;)(?=(?:<[^<>]*>)*\\d)"),
        QRegularExpression::UseUnicodePropertiesOption);
    QString result = html;
    result.replace(identifier, QStringLiteral("\\1\\2") + noBreakSpace);
    return result;
}

QString Typography::keepVerificationCodeWithLabel(const QString &html)
{
    // The label in either language (the bilingual contract writes "Тексеру коды / Код проверки:"),
    // then one space before the code, maybe inside a tag such as <b>.
    static const QRegularExpression label(QStringLiteral("(Тексеру|Код)(?: |&nbsp;)(коды|проверки):(?: |&nbsp;)(?=<|\\S)"));
    QString result = html;
    result.replace(label, QStringLiteral("\\1") + noBreakSpace + QStringLiteral("\\2:") + noBreakSpace);
    return result;
}

QString Typography::finish(const QString &html)
{
    return keepVerificationCodeWithLabel(keepIdentifierWithNumber(keepNumberSignWithNumber(nestQuotes(html))));
}
