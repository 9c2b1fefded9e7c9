// A file of places (`qabyldau-server places import`, what the server publishes to the desks):
// PlaceJson::readFile over raw bytes. Property: every place read that Places::validate takes
// reads back equal after toJson (readFile reads the shape only: a place without a language is
// read as "any", which validate refuses and toJson cannot write back as a place's language).
#include "FuzzText.h"

#include "domain/Place.h"
#include "store/PlaceJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Expected<QList<std::variant<Place, Issue>>> file = PlaceJson::readFile(FuzzText::bytes(data, size));
    if (!file)
        return 0;
    for (const std::variant<Place, Issue> &record : *file) {
        const Place *place = std::get_if<Place>(&record);
        if (!place || hasErrors(Places::validate(*place)))
            continue;
        const Expected<Place> again = PlaceJson::fromJson(PlaceJson::toJson(*place));
        FuzzText::check(bool(again), "PlaceJson: toJson of a place readFile read is refused");
        FuzzText::check(*again == *place, "PlaceJson: the round trip changes the place");
    }
    return 0;
}
