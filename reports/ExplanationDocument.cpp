#include "ExplanationDocument.h"

#include "DocumentFormat.h"
#include "DocumentRenderer.h"
#include "DocumentTemplate.h"

#include <QTextDocument>

QString ExplanationDocument::templateFileName(DocumentLanguage language)
{
    return QStringLiteral("explanation_%1.html").arg(DocumentLanguages::code(language));
}

QString ExplanationDocument::reasonText(Distribution::PassReason reason, DocumentLanguage language)
{
    const bool kk = language == DocumentLanguage::Kazakh;
    switch (reason) {
    case Distribution::PassReason::BirthDate:
        return kk ? QStringLiteral("туған күні топтың жас кезеңіне кірмейді") : QStringLiteral("дата рождения вне возрастного периода группы");
    case Distribution::PassReason::StopListed:
        return kk ? QStringLiteral("бала тоқтату парағында болды") : QStringLiteral("ребенок был в стоп-листе");
    case Distribution::PassReason::HasDirection:
        return kk ? QStringLiteral("балада жолдама бұрыннан бар болды") : QStringLiteral("у ребенка уже было направление");
    case Distribution::PassReason::Language:
        return kk ? QStringLiteral("өтініште басқа тәрбие және оқыту тілі таңдалған")
                  : QStringLiteral("в заявлении выбран другой язык воспитания и обучения");
    case Distribution::PassReason::SpecialGroup:
        return kk ? QStringLiteral("арнайы топ, ал бала 4-санатқа жатпайды")
                  : QStringLiteral("специальная группа, а ребенок не относится к категории 4");
    case Distribution::PassReason::NotPreferred:
        return kk ? QStringLiteral("бұл балабақша өтініште таңдалғандардың арасында жоқ")
                  : QStringLiteral("этого детского сада нет среди выбранных в заявлении");
    case Distribution::PassReason::BatchDidNotFit:
        return kk ? QStringLiteral("бұл балабақшада бірге тіркелген балалардың бәріне орын жетпеді")
                  : QStringLiteral("в этом детском саду не хватило мест для всех детей, зарегистрированных вместе");
    case Distribution::PassReason::BatchPlacedTogether:
        break;
    }
    return kk ? QStringLiteral("орын бірге орналастырылатын егіздерге немесе бауырларға берілді")
              : QStringLiteral("место отдано близнецам или братьям и сестрам, устраиваемым вместе");
}

QHash<QString, QString> ExplanationDocument::values(const ExplanationDocumentData &data, DocumentLanguage language)
{
    const bool kazakh = language == DocumentLanguage::Kazakh;
    return {
        {QStringLiteral("kindergarten_name"), DocumentFormat::orBlank(kazakh ? data.profile.nameKk : data.profile.nameRu)},
        {QStringLiteral("kindergarten_bin"), data.profile.bin},
        {QStringLiteral("child_name"), DocumentFormat::orBlank(data.childName)},
        {QStringLiteral("child_iin"), data.childIin},
        {QStringLiteral("child_birth_date"), DocumentFormat::date(data.childBirthDate)},
        {QStringLiteral("filed_at"), DocumentFormat::dateTime(data.filedAt)},
        {QStringLiteral("registration"), data.registrationSequence > 0 ? QString::number(data.registrationSequence) : QString()},
        {QStringLiteral("listed_limit"), QString::number(data.explanation.listedLimit)},
        {QStringLiteral("row_count"), QString::number(data.explanation.passedOver.size())},
        {QStringLiteral("no_rows"), DocumentFormat::flag(data.explanation.passedOver.isEmpty())},
        {QStringLiteral("has_rows"), DocumentFormat::flag(!data.explanation.passedOver.isEmpty())},
        {QStringLiteral("printed_at"), DocumentFormat::dateTime(data.printedAt)},
        {QStringLiteral("clerk"), DocumentFormat::orBlank(data.clerk)},
    };
}

QList<QHash<QString, QString>> ExplanationDocument::rowValues(const ExplanationDocumentData &data, DocumentLanguage language)
{
    const bool kazakh = language == DocumentLanguage::Kazakh;
    QList<QHash<QString, QString>> rows;
    int index = 0;
    for (const DeskExplanation::PassedOver &p : data.explanation.passedOver) {
        const std::pair<QString, QString> names = data.kindergartenNames.value(p.kindergartenId);
        QString kindergarten = kazakh ? names.first : names.second;
        if (kindergarten.isEmpty())
            kindergarten = p.kindergartenId;
        rows << QHash<QString, QString>{
            {QStringLiteral("index"), QString::number(++index)},
            {QStringLiteral("decided_on"), DocumentFormat::date(p.decidedAt.toLocalTime().date())},
            {QStringLiteral("kindergarten"), kindergarten},
            {QStringLiteral("group_name"), p.groupName},
            {QStringLiteral("birth_from"), DocumentFormat::date(p.birthFrom)},
            {QStringLiteral("birth_to"), DocumentFormat::date(p.birthTo)},
            {QStringLiteral("direction_number"), p.directionNumber},
            {QStringLiteral("position"), QString::number(p.position)},
            {QStringLiteral("reason"), reasonText(p.reason, language)},
        };
    }
    return rows;
}

QString ExplanationDocument::html(const ExplanationDocumentData &data, DocumentLanguage language, const QStringList &templateFolders)
{
    return DocumentTemplate::loadFilled(templateFileName(language), templateFolders, values(data, language),
                                        {{QStringLiteral("rows"), rowValues(data, language)}});
}

std::unique_ptr<QTextDocument> ExplanationDocument::document(const ExplanationDocumentData &data, DocumentLanguage language,
                                                             const QStringList &templateFolders)
{
    return DocumentRenderer::makeDocument(html(data, language, templateFolders));
}

Status ExplanationDocument::writePdf(const ExplanationDocumentData &data, DocumentLanguage language, const QString &filePath,
                                     const QStringList &templateFolders)
{
    const std::unique_ptr<QTextDocument> rendered = document(data, language, templateFolders);
    return DocumentRenderer::writePdf(*rendered, filePath);
}

QString ExplanationDocument::suggestedFileName(const ExplanationDocumentData &data, DocumentLanguage language)
{
    return QStringLiteral("explanation_%1_%2.pdf")
        .arg(data.childIin.isEmpty() ? QStringLiteral("_") : data.childIin, DocumentLanguages::code(language));
}
