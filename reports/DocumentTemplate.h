#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Document templates (DESIGN 7): HTML files per language, built into the program under
// :/templates/ and replaceable by a file of the same name in an override folder (an
// administrator's edited wording), which is looked at first.
//
// The template language is deliberately small:
//   {{name}}               the value, HTML-escaped (every value is plain text);
//   {{#name}}...{{/name}}  the text between, kept only when the value is not empty;
//   {{*name}}...{{/name}}  the text between, once per row of the list `name` (fill with rows),
//                          each copy filled with that row's values on top of the document's;
//   <!-- ... -->           removed before anything else (comments may mention placeholders).
namespace DocumentTemplate {

// The text of fileName ("application_kk.html") from the first folder of overrideFolders that
// holds a readable, non-empty copy, else from the built-in templates; empty when none has it.
// UTF-8.
QString load(const QString &fileName, const QStringList &overrideFolders = {});

struct Filled
{
    QString html;
    // Placeholders the template names but values lacks (rendered empty); a correct template
    // leaves this empty, tests check the built-in ones.
    QStringList unknownPlaceholders;
};

Filled fill(const QString &templateText, const QHash<QString, QString> &values);

// The rows of the repeated blocks by name (registers: one table row per record).
using Rows = QList<QHash<QString, QString>>;
Filled fill(const QString &templateText, const QHash<QString, QString> &values, const QHash<QString, Rows> &lists);

// The HTML of a document: fileName loaded as load() does and filled with values (and lists);
// empty when no template of that name is found.
QString loadFilled(const QString &fileName, const QStringList &overrideFolders, const QHash<QString, QString> &values,
                   const QHash<QString, Rows> &lists = {});

} // namespace DocumentTemplate
