#pragma once

#include "DocumentLanguage.h"
#include "RegisterDocument.h"
#include "common/DeskContext.h"
#include "domain/Expected.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QComboBox;
class QLabel;
class QWidget;

// What the registers page and the complaints register share to get a register out of the desk
// (issue 4 items 8, 9): CSV files in a remembered folder, and the printed register (RULES 11) from
// RegisterDocument with this kindergarten's details and the administrator's templates.
namespace RegisterExport {

// Asks where to write a CSV file, proposing suggestedName in the folder used last time (QSettings
// "export/csvFolder"). Empty when cancelled; ".csv" added when missing.
QString askCsvPath(QWidget *parent, const QString &title, const QString &suggestedName);
// Registers::toCsv of header and rows, written whole or not at all; remembers the folder.
// Rule::StoreWriteFailed (Field::None, detail = the path) when the file cannot be written.
Status writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows);
// Asks for the file (askCsvPath), writes it (writeCsv) and says how it went in statusLabel, red
// when it failed. Nothing happens when the clerk cancels.
void exportCsv(QWidget *parent, QLabel *statusLabel, const QString &title, const QString &suggestedName,
               const QStringList &header, const QList<QStringList> &rows);
// "complaints_2026-01-01_2026-12-31.csv".
QString suggestedCsvName(const QString &what, const QDate &from, const QDate &to);

// The register of `kind` for [from, to], worked out now (RegisterDocument::build).
Expected<RegisterDocumentData> build(const DeskContext &context, RegisterKind kind, const QDate &from,
                                     const QDate &to);
// The folders searched for the administrator's edited templates (empty: the built-in ones).
QStringList templateFolders(const DeskContext &context);
// Writes the register as a PDF (the tests' way; the desk goes through print()).
Status writePdf(const DeskContext &context, RegisterKind kind, const QDate &from, const QDate &to,
                DocumentLanguage language, const QString &path);
// The print preview (pdf = false) or "Save as PDF" (pdf = true) of the register, through
// DocumentPrinting; a problem is shown in a message box.
void print(QWidget *parent, const DeskContext &context, RegisterKind kind, const QDate &from, const QDate &to,
           DocumentLanguage language, bool pdf);

// The two document languages, each under its own name, Kazakh first.
void fillLanguageCombo(QComboBox *combo);
DocumentLanguage chosenLanguage(const QComboBox *combo);

} // namespace RegisterExport
