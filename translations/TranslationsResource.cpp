// The catalogues themselves are resources added by qt_add_translations; a static library needs
// one translation unit of its own.
namespace QabyldauTranslations {
int anchor()
{
    return 0;
}
} // namespace QabyldauTranslations
