#pragma once

#include "domain/Direction.h"
#include "domain/Enrollment.h"
#include "domain/Expected.h"
#include "domain/KindergartenProfile.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTextDocument;

// The languages a contract comes in (RULES 12): Kazakh, Russian, or both side by side (Kazakh
// left, Russian right, paragraph by paragraph).
enum class ContractLanguage { Kazakh, Russian, Bilingual };

// Everything the contract prints (RULES 12 items 1-12).
struct ContractDocumentData
{
    KindergartenProfile profile; // the kindergarten: names, BIN, address, head, fee, bank details
    Direction direction;         // the child, group, language, working mode, temporary stay
    ContractRecord contract;     // number, date, parent, start date, deferred items, verification code
    // A draft (not recorded yet): marked "ЖОБА" / "ПРОЕКТ"; its number prints as "—" when empty.
    bool draft = false;
};

// The contract for a child's upbringing and education (RULES 6.3, 12) from
// resources/templates/contract_<kk|ru|kkru>.html; every word of it lives in the template.
namespace ContractDocument {

// "kk", "ru", "kk+ru" (the CLI's --lang, the dialog's choice).
QString languageCode(ContractLanguage language);
std::optional<ContractLanguage> languageFromCode(const QString &code);
// contract_kk.html, contract_ru.html, contract_kkru.html.
QString templateFileName(ContractLanguage language);
// The default language for a direction: its group's (Kazakh unless the group is Russian).
ContractLanguage defaultLanguage(const Direction &direction);

// The template's placeholder values (plain text, not yet escaped). In the bilingual contract the
// Kazakh values carry the suffix "_kk" where they differ by language (group language, working
// mode, addresses...), the Russian ones "_ru"; in a one-language contract both are set too.
QHash<QString, QString> values(const ContractDocumentData &data, ContractLanguage language);

// The filled HTML (an override folder's template first, DocumentTemplate::load).
QString html(const ContractDocumentData &data, ContractLanguage language, const QStringList &templateFolders = {});

// The document ready to print or preview (A4, embedded font); title from the template.
std::unique_ptr<QTextDocument> document(const ContractDocumentData &data, ContractLanguage language,
                                        const QStringList &templateFolders = {});

// Renders and writes the PDF (through a temporary file).
Status writePdf(const ContractDocumentData &data, ContractLanguage language, const QString &filePath,
                const QStringList &templateFolders = {});

// A file name to propose when saving: "contract_2026-0007_kk.pdf" ("contract_draft_<direction>_kk.pdf").
QString suggestedFileName(const ContractDocumentData &data, ContractLanguage language);

} // namespace ContractDocument
