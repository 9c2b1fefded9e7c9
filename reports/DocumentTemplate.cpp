#include "DocumentTemplate.h"

#include "Typography.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace {

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString DocumentTemplate::load(const QString &fileName, const QStringList &overrideFolders)
{
    for (const QString &folder : overrideFolders) {
        // An edited copy that cannot be read (or is empty) must not stop printing: the next one,
        // finally the built-in template, is used instead.
        const QString text = readUtf8(QDir(folder).filePath(fileName));
        if (!text.isEmpty())
            return text;
    }
    return readUtf8(QStringLiteral(":/templates/") + fileName);
}

QString DocumentTemplate::loadFilled(const QString &fileName, const QStringList &overrideFolders,
                                     const QHash<QString, QString> &values, const QHash<QString, Rows> &lists)
{
    const QString templateText = load(fileName, overrideFolders);
    if (templateText.isEmpty())
        return {};
    return fill(templateText, values, lists).html;
}

DocumentTemplate::Filled DocumentTemplate::fill(const QString &templateText, const QHash<QString, QString> &values)
{
    return fill(templateText, values, {});
}

DocumentTemplate::Filled DocumentTemplate::fill(const QString &templateText, const QHash<QString, QString> &values,
                                                const QHash<QString, Rows> &lists)
{
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression repeated(QStringLiteral("\\{\\{\\*(\\w+)\\}\\}(.*?)\\{\\{/\\1\\}\\}"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression section(QStringLiteral("\\{\\{#(\\w+)\\}\\}(.*?)\\{\\{/\\1\\}\\}"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{(\\w+)\\}\\}"));

    Filled result;
    QString text = templateText;
    text.remove(comment);

    // Repeated blocks first, each filled row by row and set aside behind a marker without braces,
    // so that no value of a row is read as a placeholder by the passes below.
    QStringList filledBlocks;
    for (;;) {
        const QRegularExpressionMatch match = repeated.match(text);
        if (!match.hasMatch())
            break;
        const QString name = match.captured(1);
        const auto rows = lists.constFind(name);
        if (rows == lists.cend() && !result.unknownPlaceholders.contains(name))
            result.unknownPlaceholders << name;
        QString block;
        if (rows != lists.cend()) {
            for (const QHash<QString, QString> &row : *rows) {
                QHash<QString, QString> rowValues = values;
                rowValues.insert(row);
                const Filled filledRow = fill(match.captured(2), rowValues, lists);
                block += filledRow.html;
                for (const QString &unknown : filledRow.unknownPlaceholders)
                    if (!result.unknownPlaceholders.contains(unknown))
                        result.unknownPlaceholders << unknown;
            }
        }
        const QString marker = QStringLiteral("\u0001%1\u0001").arg(filledBlocks.size());
        filledBlocks << block;
        text.replace(match.capturedStart(), match.capturedLength(), marker);
    }

    // Sections first, outermost first; a kept section's body may hold further sections.
    for (;;) {
        const QRegularExpressionMatch match = section.match(text);
        if (!match.hasMatch())
            break;
        const QString name = match.captured(1);
        if (!values.contains(name) && !result.unknownPlaceholders.contains(name))
            result.unknownPlaceholders << name;
        const QString body = values.value(name).isEmpty() ? QString() : match.captured(2);
        text.replace(match.capturedStart(), match.capturedLength(), body);
    }

    // Values in one pass, so that a value that happens to contain "{{x}}" stays literal.
    QString html;
    html.reserve(text.size());
    qsizetype position = 0;
    for (QRegularExpressionMatchIterator it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        html += QStringView(text).mid(position, match.capturedStart() - position);
        const QString name = match.captured(1);
        const auto value = values.constFind(name);
        if (value == values.cend()) {
            if (!result.unknownPlaceholders.contains(name))
                result.unknownPlaceholders << name;
        } else {
            // A value never holds a block marker (a control character no document needs).
            html += filledBlocks.isEmpty() ? value->toHtmlEscaped() : value->toHtmlEscaped().remove(QChar(1));
        }
        position = match.capturedEnd();
    }
    html += QStringView(text).mid(position);
    for (qsizetype index = 0; index < filledBlocks.size(); ++index)
        html.replace(QStringLiteral("\u0001%1\u0001").arg(index), filledBlocks.at(index));
    result.html = Typography::finish(html);
    return result;
}
