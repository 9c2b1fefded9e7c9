#include "RefusalDocument.h"

#include "DocumentFormat.h"
#include "DocumentRenderer.h"
#include "DocumentTemplate.h"

#include <QTextDocument>

using DocumentFormat::flag;
using DocumentFormat::orBlank;

QString RefusalDocument::templateFileName(DocumentLanguage language)
{
    return QStringLiteral("refusal_") + DocumentLanguages::code(language) + QStringLiteral(".html");
}

QHash<QString, QString> RefusalDocument::values(const RefusalDocumentData &data, DocumentLanguage language)
{
    const bool kazakh = language == DocumentLanguage::Kazakh;
    const KindergartenProfile &profile = data.profile;
    const Direction &direction = data.direction;
    const RefusalRecord &refusal = data.refusal;

    QHash<QString, QString> values;
    values.insert(QStringLiteral("draft"), flag(data.draft));
    values.insert(QStringLiteral("refusal_number"),
                  refusal.number.isEmpty() ? QStringLiteral("\u2014") : refusal.number);
    values.insert(QStringLiteral("refusal_date"), orBlank(DocumentFormat::date(refusal.date)));
    values.insert(QStringLiteral("verification_code"), data.draft ? QString() : refusal.verificationCode);

    // The sender: the kindergarten, whose head signs (RULES 6.4).
    values.insert(QStringLiteral("kindergarten_name"), orBlank(kazakh ? profile.nameKk : profile.nameRu));
    values.insert(QStringLiteral("kindergarten_address"), kazakh ? profile.addressKk : profile.addressRu);
    values.insert(QStringLiteral("kindergarten_bin"), profile.bin);
    values.insert(QStringLiteral("kindergarten_phone"), DocumentFormat::unbreakable(profile.phone));
    values.insert(QStringLiteral("head_name"), orBlank(profile.headName));
    // Named only in the letter's own language: the other language's text is not put in its place.
    values.insert(QStringLiteral("authority"), kazakh ? profile.authorityKk : profile.authorityRu);
    values.insert(QStringLiteral("clerk"), refusal.clerk);

    // The addressee: the recipient of the service (the applicant of the direction).
    values.insert(QStringLiteral("applicant_name"), orBlank(direction.applicant.fullName()));
    values.insert(QStringLiteral("applicant_iin"), direction.applicantIin);
    values.insert(QStringLiteral("applicant_address"), direction.applicantAddress);
    values.insert(QStringLiteral("applicant_phones"), DocumentFormat::phones(direction.phones));

    values.insert(QStringLiteral("child_name"), orBlank(direction.child.fullName()));
    values.insert(QStringLiteral("child_iin"), orBlank(direction.childIin));
    values.insert(QStringLiteral("child_birth_date"), orBlank(DocumentFormat::date(direction.childBirthDate)));
    values.insert(QStringLiteral("direction_number"), orBlank(direction.number));
    values.insert(QStringLiteral("direction_date"),
                  orBlank(direction.issuedAt.isValid() ? DocumentFormat::date(direction.issuedAt.toLocalTime().date())
                                                       : QString()));
    values.insert(QStringLiteral("group_name"), direction.groupName);

    // RULES 6.4: each ground by its clause; the wording of each is the template's.
    for (const RefusalGround ground : RefusalGrounds::all()) {
        const QString key = QStringLiteral("ground_") + RefusalGrounds::code(ground).replace(u'.', u'_');
        values.insert(key, flag(refusal.grounds.contains(ground)));
    }
    // The documents missing or faulty, by name (the names are the template's).
    for (const ChecklistItem item : Checklists::allItems())
        values.insert(QStringLiteral("item_%1_faulty").arg(int(item)), flag(refusal.faultyItems.contains(item)));
    values.insert(QStringLiteral("any_faulty"), flag(!refusal.faultyItems.isEmpty()));
    // The clerk's own words, as typed; the template marks them when they are in the other language.
    DocumentFormat::insertTypedText(values, QStringLiteral("reasons"), refusal.reasons, refusal.reasons.trimmed());

    // What the recipient can do (RULES 6.4, 7): bring the documents while the direction is in
    // force; complain to the head or to the authorised body; the contact centre; court.
    values.insert(QStringLiteral("valid_until"), DocumentFormat::date(data.directionValidUntil));
    values.insert(QStringLiteral("head_answer_days"), QString::number(data.headAnswerDays));
    values.insert(QStringLiteral("head_days_one"), flag(DocumentFormat::takesSingular(data.headAnswerDays)));
    values.insert(QStringLiteral("head_days_many"), flag(!DocumentFormat::takesSingular(data.headAnswerDays)));
    values.insert(QStringLiteral("authority_answer_days"), QString::number(data.authorityAnswerDays));
    values.insert(QStringLiteral("authority_days_one"), flag(DocumentFormat::takesSingular(data.authorityAnswerDays)));
    values.insert(QStringLiteral("authority_days_many"), flag(!DocumentFormat::takesSingular(data.authorityAnswerDays)));
    return values;
}

QString RefusalDocument::html(const RefusalDocumentData &data, DocumentLanguage language,
                              const QStringList &templateFolders)
{
    return DocumentTemplate::loadFilled(templateFileName(language), templateFolders, values(data, language));
}

std::unique_ptr<QTextDocument> RefusalDocument::document(const RefusalDocumentData &data, DocumentLanguage language,
                                                         const QStringList &templateFolders)
{
    return DocumentRenderer::makeDocument(html(data, language, templateFolders));
}

Status RefusalDocument::writePdf(const RefusalDocumentData &data, DocumentLanguage language, const QString &filePath,
                                 const QStringList &templateFolders)
{
    return DocumentRenderer::writePdf(*document(data, language, templateFolders), filePath);
}

QString RefusalDocument::suggestedFileName(const RefusalDocumentData &data, DocumentLanguage language)
{
    const QString id = data.draft || data.refusal.number.isEmpty()
        ? QStringLiteral("draft_") + DocumentFormat::fileNamePart(data.direction.number)
        : DocumentFormat::fileNamePart(data.refusal.number);
    return QStringLiteral("refusal_%1_%2.pdf").arg(id, DocumentLanguages::code(language));
}
