#include "store/StoreFiles.h"

#include <QFile>
#include <QFileInfo>

namespace StoreFiles {

void removeSidecars(const QString &path)
{
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void removeWithSidecars(const QString &path)
{
    QFile::remove(path);
    removeSidecars(path);
}

QString keptAsideName(const QString &storePath, const QDateTime &now)
{
    const QString stem = storePath + QStringLiteral(".before-restore-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = stem;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = stem + QStringLiteral("-%1").arg(n);
    return aside;
}

} // namespace StoreFiles
