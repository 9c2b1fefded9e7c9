#include "AuditDocument.h"

#include "DocumentFormat.h"
#include "DocumentRenderer.h"
#include "DocumentTemplate.h"
#include "store/AuditTrail.h"
#include "store/CanonicalJson.h"
#include "store/Events.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextDocument>

using DocumentFormat::flag;

namespace {

// The documents the templates name, each under the flag doc_<code>.
const QStringList knownDocuments{
    AuditTrail::Documents::application(),
    AuditTrail::Documents::receipt(),
    AuditTrail::Documents::contract(),
    AuditTrail::Documents::refusal(),
    AuditTrail::Documents::explanation(),
    AuditTrail::Documents::register_(QStringLiteral("contracts")),
    AuditTrail::Documents::register_(QStringLiteral("refusals")),
    AuditTrail::Documents::register_(QStringLiteral("service_times")),
    AuditTrail::Documents::register_(QStringLiteral("complaints")),
    AuditTrail::Documents::audit(),
};

} // namespace

QString AuditDocument::templateFileName(DocumentLanguage language)
{
    return QStringLiteral("audit_%1.html").arg(DocumentLanguages::code(language));
}

Expected<AuditDocumentData> AuditDocument::build(const QDate &from, const QDate &to,
                                                 const std::shared_ptr<Database> &database,
                                                 const KindergartenProfile &profile, const QDateTime &now)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Issue::error(Field::PeriodEnd, Rule::PeriodEndBeforeStart, DocumentFormat::date(to));
    Expected<QList<JournalEntry>> entries = AuditTrail::between(database, from, to);
    if (!entries)
        return entries.error();
    AuditDocumentData data;
    data.from = from;
    data.to = to;
    data.profile = profile;
    data.printedAt = now;
    data.entries = std::move(entries).value();
    return data;
}

QString AuditDocument::verificationCode(const AuditDocumentData &data)
{
    QJsonArray records;
    for (const JournalEntry &entry : data.entries)
        records.append(QString::number(entry.seq));
    const QJsonObject audit{
        {QStringLiteral("audit"), QStringLiteral("reads")},
        {QStringLiteral("from"), data.from.isValid() ? data.from.toString(Qt::ISODate) : QString()},
        {QStringLiteral("to"), data.to.isValid() ? data.to.toString(Qt::ISODate) : QString()},
        {QStringLiteral("kindergarten_id"), data.profile.id},
        {QStringLiteral("records"), records},
    };
    return CanonicalJson::sha256Hex(audit).left(10);
}

PrintedDocument AuditDocument::printed(const AuditDocumentData &data)
{
    PrintedDocument printed;
    printed.document = PrintedDocuments::audit();
    printed.number = AuditTrail::periodId(data.from, data.to);
    printed.date = data.printedAt.date();
    printed.verificationCode = verificationCode(data);
    printed.records = int(data.entries.size());
    return printed;
}

QHash<QString, QString> AuditDocument::values(const AuditDocumentData &data, DocumentLanguage language)
{
    const bool kazakh = language == DocumentLanguage::Kazakh;
    QHash<QString, QString> values;
    DocumentFormat::insertPeriodHeading(values, data.profile, kazakh, data.from, data.to, data.printedAt);
    values.insert(QStringLiteral("row_count"), QString::number(data.entries.size()));
    values.insert(QStringLiteral("no_rows"), flag(data.entries.isEmpty()));
    values.insert(QStringLiteral("verification_code"), verificationCode(data));
    return values;
}

QList<QHash<QString, QString>> AuditDocument::rowValues(const AuditDocumentData &data)
{
    QList<QHash<QString, QString>> rows;
    int index = 0;
    for (const JournalEntry &entry : data.entries) {
        const bool printed = entry.event == Events::documentPrinted();
        const QString document = entry.payload.value(QStringLiteral("document")).toString();
        QHash<QString, QString> row{
            {QStringLiteral("index"), QString::number(++index)},
            // One line: the time does not wrap away from its date.
            {QStringLiteral("at"), DocumentFormat::unbreakable(DateText::dateTimeWithSeconds(entry.at))},
            {QStringLiteral("user"), entry.actor},
            {QStringLiteral("record"), entry.entityId},
            {QStringLiteral("viewed"), flag(!printed)},
            {QStringLiteral("document"), document},
            {QStringLiteral("doc_other"), flag(printed && !knownDocuments.contains(document))},
        };
        for (const QString &known : knownDocuments)
            row.insert(QStringLiteral("doc_") + known, flag(printed && document == known));
        rows << row;
    }
    return rows;
}

QString AuditDocument::html(const AuditDocumentData &data, DocumentLanguage language,
                            const QStringList &templateFolders)
{
    return DocumentTemplate::loadFilled(templateFileName(language), templateFolders, values(data, language),
                                        {{QStringLiteral("rows"), rowValues(data)}});
}

std::unique_ptr<QTextDocument> AuditDocument::document(const AuditDocumentData &data, DocumentLanguage language,
                                                       const QStringList &templateFolders)
{
    return DocumentRenderer::makeDocument(html(data, language, templateFolders));
}

Status AuditDocument::writePdf(const AuditDocumentData &data, DocumentLanguage language, const QString &filePath,
                               const QStringList &templateFolders)
{
    const std::unique_ptr<QTextDocument> rendered = document(data, language, templateFolders);
    return DocumentRenderer::writePdf(*rendered, filePath);
}

QString AuditDocument::suggestedFileName(const AuditDocumentData &data, DocumentLanguage language)
{
    return QStringLiteral("audit_%1_%2_%3.pdf")
        .arg(data.from.toString(Qt::ISODate), data.to.toString(Qt::ISODate), DocumentLanguages::code(language));
}
