#pragma once

#include "DocumentLanguage.h"
#include "domain/Direction.h"
#include "domain/Enrollment.h"
#include "domain/Expected.h"
#include "domain/KindergartenProfile.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;

// Everything the reasoned refusal prints (RULES 6.4, 7).
struct RefusalDocumentData
{
    KindergartenProfile profile; // the kindergarten and its head, who signs
    Direction direction;         // the addressee (applicant), the child, the direction's number and date
    RefusalRecord refusal;       // number, date, grounds, faulty documents, free-text reasons, code
    // Last day the direction is in force (DirectionValidity::validUntil): the recipient may still
    // bring the documents until then. Invalid: the sentence is left out.
    QDate directionValidUntil;
    int headAnswerDays = 5;       // RULES 7: the head answers a complaint within (working days)
    int authorityAnswerDays = 15; // RULES 7: the authorised body answers within (working days)
    // A draft (not recorded yet): marked "ЖОБА" / "ПРОЕКТ"; its number prints as "—" when empty.
    bool draft = false;
};

// The reasoned refusal (дәлелді жауап / мотивированный отказ) from
// resources/templates/refusal_<kk|ru>.html: each ground cited by its clause with its wording, the
// documents missing or faulty by name (the names are in the template), the reasons, and what the
// recipient can do about it.
namespace RefusalDocument {

QString templateFileName(DocumentLanguage language); // refusal_kk.html, refusal_ru.html

// Placeholder values (plain text). Sections per ground ("ground_34_1", "ground_34_2",
// "ground_34_3", "ground_9_1", "ground_9_2") and per faulty item ("item_1_faulty" ...
// "item_6_faulty") are "yes" or empty.
QHash<QString, QString> values(const RefusalDocumentData &data, DocumentLanguage language);

QString html(const RefusalDocumentData &data, DocumentLanguage language, const QStringList &templateFolders = {});

std::unique_ptr<QTextDocument> document(const RefusalDocumentData &data, DocumentLanguage language,
                                        const QStringList &templateFolders = {});

Status writePdf(const RefusalDocumentData &data, DocumentLanguage language, const QString &filePath,
                const QStringList &templateFolders = {});

// "refusal_Б-2026-0003_kk.pdf" ("refusal_draft_<direction>_kk.pdf").
QString suggestedFileName(const RefusalDocumentData &data, DocumentLanguage language);

} // namespace RefusalDocument
