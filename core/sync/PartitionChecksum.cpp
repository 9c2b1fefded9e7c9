#include "sync/PartitionChecksum.h"

#include <QCryptographicHash>

namespace PartitionChecksum {

quint64 rowHash(const QString &id, qint64 version)
{
    const QByteArray digest = QCryptographicHash::hash((id + u':' + QString::number(version)).toUtf8(),
                                                       QCryptographicHash::Sha256);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest.at(i));
    return value;
}

} // namespace PartitionChecksum
