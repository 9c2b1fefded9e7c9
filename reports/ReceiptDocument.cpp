#include "ReceiptDocument.h"

#include "DocumentFormat.h"
#include "DocumentRenderer.h"
#include "DocumentTemplate.h"
#include "store/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextDocument>

using DocumentFormat::flag;
using DocumentFormat::orBlank;

namespace {

// The day on the receipt: when the documents were handed in (or, before that, taken or brought).
QDate receiptDate(const ServiceSession &session)
{
    for (const QDateTime &moment : {session.documentsAt, session.serviceStartedAt, session.arrivedAt})
        if (moment.isValid())
            return moment.toLocalTime().date();
    return {};
}

QJsonArray itemNumbers(const QList<ChecklistItem> &items)
{
    QJsonArray numbers;
    for (const ChecklistItem item : items)
        numbers.append(int(item));
    return numbers;
}

QString isoMoment(const QDateTime &moment)
{
    return moment.isValid() ? moment.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QString ReceiptDocument::number(const ReceiptDocumentData &data)
{
    QString id = data.session.id;
    id.remove(u'{').remove(u'}');
    return id.isEmpty() ? QStringLiteral("\u2014") : id.left(8).toUpper();
}

// RULES 11: a hash of what the receipt states, so the server can confirm the paper against the
// session it was sent (stages and checklist).
QString ReceiptDocument::verificationCode(const ReceiptDocumentData &data)
{
    const ServiceSession &session = data.session;
    const QJsonObject record{
        {QStringLiteral("session_id"), session.id},
        {QStringLiteral("direction_number"), session.directionNumber},
        {QStringLiteral("channel"), Checklists::channelCode(session.channel)},
        {QStringLiteral("arrived_at"), isoMoment(session.arrivedAt)},
        {QStringLiteral("service_started_at"), isoMoment(session.serviceStartedAt)},
        {QStringLiteral("documents_at"), isoMoment(session.documentsAt)},
        {QStringLiteral("clerk"), session.clerk},
        {QStringLiteral("checklist"), session.checklist.toJson()},
        {QStringLiteral("required"), itemNumbers(data.required)},
        {QStringLiteral("deferred"), itemNumbers(data.deferred)},
    };
    return CanonicalJson::sha256Hex(record).left(10);
}

PrintedDocument ReceiptDocument::printed(const ReceiptDocumentData &data, const QDate &today)
{
    PrintedDocument printed;
    printed.document = PrintedDocuments::receipt();
    printed.number = data.direction.number;
    const QDate day = receiptDate(data.session);
    printed.date = day.isValid() ? day : today;
    printed.verificationCode = verificationCode(data);
    return printed;
}

QString ReceiptDocument::templateFileName(DocumentLanguage language)
{
    return QStringLiteral("receipt_") + DocumentLanguages::code(language) + QStringLiteral(".html");
}

QHash<QString, QString> ReceiptDocument::values(const ReceiptDocumentData &data, DocumentLanguage language)
{
    const bool kazakh = language == DocumentLanguage::Kazakh;
    const KindergartenProfile &profile = data.profile;
    const Direction &direction = data.direction;
    const ServiceSession &session = data.session;
    const Checklist &checklist = session.checklist;

    QHash<QString, QString> values;
    values.insert(QStringLiteral("receipt_number"), number(data));
    values.insert(QStringLiteral("receipt_date"), orBlank(DocumentFormat::date(receiptDate(session))));
    values.insert(QStringLiteral("verification_code"), verificationCode(data));

    values.insert(QStringLiteral("kindergarten_name"), orBlank(kazakh ? profile.nameKk : profile.nameRu));
    values.insert(QStringLiteral("kindergarten_address"), kazakh ? profile.addressKk : profile.addressRu);
    values.insert(QStringLiteral("kindergarten_bin"), profile.bin);
    values.insert(QStringLiteral("kindergarten_phone"), DocumentFormat::unbreakable(profile.phone));

    values.insert(QStringLiteral("applicant_name"), orBlank(direction.applicant.fullName()));
    values.insert(QStringLiteral("applicant_iin"), direction.applicantIin);
    values.insert(QStringLiteral("child_name"), orBlank(direction.child.fullName()));
    values.insert(QStringLiteral("child_iin"), orBlank(direction.childIin));
    values.insert(QStringLiteral("child_birth_date"), orBlank(DocumentFormat::date(direction.childBirthDate)));
    values.insert(QStringLiteral("direction_number"), orBlank(direction.number));
    values.insert(QStringLiteral("direction_date"),
                  orBlank(direction.issuedAt.isValid() ? DocumentFormat::date(direction.issuedAt.toLocalTime().date())
                                                       : QString()));
    values.insert(QStringLiteral("group_name"), direction.groupName);

    // RULES 6.1: how the documents came; the form of each item follows from it (RULES 6.2 table).
    values.insert(QStringLiteral("channel_office"), flag(session.channel == ServiceChannel::Office));
    values.insert(QStringLiteral("channel_portal"), flag(session.channel == ServiceChannel::Portal));
    values.insert(QStringLiteral("arrived_at"), DocumentFormat::dateTime(session.arrivedAt));
    values.insert(QStringLiteral("service_started_at"), DocumentFormat::dateTime(session.serviceStartedAt));
    values.insert(QStringLiteral("documents_at"), DocumentFormat::dateTime(session.documentsAt));
    values.insert(QStringLiteral("clerk"), orBlank(session.clerk));

    // RULES 6.2: each of the six items is taken, missing, owed under the emergency deferral, or
    // not required (item 6 for a child without special educational needs).
    bool anyMissing = false;
    for (const ChecklistItem item : Checklists::allItems()) {
        const bool required = data.required.contains(item);
        const bool taken = checklist.isPresented(item);
        const bool deferred = !taken && data.deferred.contains(item);
        const bool missing = required && !taken && !deferred;
        anyMissing = anyMissing || missing;
        const QString prefix = QStringLiteral("item_%1_").arg(int(item));
        values.insert(prefix + QStringLiteral("taken"), flag(taken));
        values.insert(prefix + QStringLiteral("deferred"), flag(deferred));
        values.insert(prefix + QStringLiteral("missing"), flag(missing));
        values.insert(prefix + QStringLiteral("not_required"), flag(!required && !taken && !deferred));
    }
    values.insert(QStringLiteral("any_missing"), flag(anyMissing));
    values.insert(QStringLiteral("any_deferred"), flag(!data.deferred.isEmpty()));
    values.insert(QStringLiteral("health_certificate_date"),
                  checklist.isPresented(ChecklistItem::HealthCertificate)
                      ? DocumentFormat::date(checklist.healthCertificateIssuedOn)
                      : QString());
    values.insert(QStringLiteral("note"), checklist.note.trimmed());
    return values;
}

QString ReceiptDocument::html(const ReceiptDocumentData &data, DocumentLanguage language,
                              const QStringList &templateFolders)
{
    return DocumentTemplate::loadFilled(templateFileName(language), templateFolders, values(data, language));
}

std::unique_ptr<QTextDocument> ReceiptDocument::document(const ReceiptDocumentData &data, DocumentLanguage language,
                                                         const QStringList &templateFolders)
{
    return DocumentRenderer::makeDocument(html(data, language, templateFolders));
}

Status ReceiptDocument::writePdf(const ReceiptDocumentData &data, DocumentLanguage language, const QString &filePath,
                                 const QStringList &templateFolders)
{
    return DocumentRenderer::writePdf(*document(data, language, templateFolders), filePath);
}

QString ReceiptDocument::suggestedFileName(const ReceiptDocumentData &data, DocumentLanguage language)
{
    return QStringLiteral("receipt_%1_%2.pdf")
        .arg(DocumentFormat::fileNamePart(data.direction.number), DocumentLanguages::code(language));
}
