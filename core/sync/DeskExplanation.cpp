#include "sync/DeskExplanation.h"

#include "domain/DateText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

Expected<DeskExplanation> DeskExplanation::fromJson(const QByteArray &body)
{
    const auto bad = [](const QString &what) { return Issue::error(Field::None, Rule::OutOfRange, what); };
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return bad(QStringLiteral("explain: not a JSON object"));
    const QJsonObject json = document.object();
    if (!json.value(QStringLiteral("passed_over")).isArray() || !json.value(QStringLiteral("status")).isString())
        return bad(QStringLiteral("explain: no passed_over or status"));
    DeskExplanation result;
    result.status = json.value(QStringLiteral("status")).toString();
    result.listedLimit = json.value(QStringLiteral("listed_limit")).toInt();
    for (const QJsonValue &value : json.value(QStringLiteral("passed_over")).toArray()) {
        const QJsonObject row = value.toObject();
        const std::optional<Distribution::PassReason> reason =
            Distribution::reasonFromCode(row.value(QStringLiteral("reason")).toString());
        if (!reason || !row.value(QStringLiteral("direction_number")).isString())
            return bad(QStringLiteral("explain: an entry without a known reason or direction"));
        const QJsonObject place = row.value(QStringLiteral("place")).toObject();
        result.passedOver.append(PassedOver{
            row.value(QStringLiteral("direction_number")).toString(), *reason,
            QDateTime::fromString(row.value(QStringLiteral("decided_at")).toString(), Qt::ISODateWithMs),
            row.value(QStringLiteral("position")).toInt(), place.value(QStringLiteral("kindergarten_id")).toString(),
            place.value(QStringLiteral("group_name")).toString(),
            QDate::fromString(place.value(QStringLiteral("birth_from")).toString(), Qt::ISODate),
            QDate::fromString(place.value(QStringLiteral("birth_to")).toString(), Qt::ISODate)});
    }
    return result;
}

QString DeskExplanation::text(const std::function<QString(const QString &)> &kindergartenName) const
{
    if (passedOver.isEmpty())
        return tr("No place has yet gone to a child behind this one in the queue while this child was passed over "
                  "(the queue server keeps the first %1 children passed over for each place).")
            .arg(listedLimit);
    QStringList paragraphs;
    for (const PassedOver &p : passedOver)
        paragraphs.append(tr("%1: a place in %2, group “%3” (born %4–%5), went to number %6 in the queue, direction %7. "
                             "This child was passed over: %8.")
                              .arg(DateText::date(p.decidedAt.toLocalTime().date()), kindergartenName(p.kindergartenId), p.groupName,
                                   DateText::date(p.birthFrom), DateText::date(p.birthTo))
                              .arg(p.position)
                              .arg(p.directionNumber, Distribution::reasonLabel(p.reason)));
    return paragraphs.join(QStringLiteral("\n\n"));
}
