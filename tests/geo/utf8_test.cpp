// UTF-8 validation and the Latin-1 fallback.
#include <gtest/gtest.h>

#include "geo/utf8.hpp"

TEST(Utf8, AcceptsFrenchText) { EXPECT_TRUE(geo::isValidUtf8("Châteauneuf-sur-Loire, Vendôme, Œuvre")); }

TEST(Utf8, RejectsLatin1AndOverlongForms) {
    EXPECT_FALSE(geo::isValidUtf8("Vend\xF4me"));
    EXPECT_FALSE(geo::isValidUtf8("\xC0\xAF"));      // overlong '/'
    EXPECT_FALSE(geo::isValidUtf8("\xED\xA0\x80"));  // surrogate
    EXPECT_FALSE(geo::isValidUtf8("abc\xE2\x82"));   // truncated sequence
}

TEST(Utf8, Latin1DecodesToTheSameLetters) {
    EXPECT_EQ(geo::latin1ToUtf8("Vend\xF4me"), "Vendôme");
    EXPECT_TRUE(geo::isValidUtf8(geo::latin1ToUtf8("\xFF\x80\x81")));
}

#include "geo/source.hpp"

TEST(MaskPassword, HidesPasswordsInConnectionStrings) {
    EXPECT_EQ(geo::maskPassword("PG:host=db user=u password=s3cret dbname=x"),
              "PG:host=db user=u password=*** dbname=x");
    EXPECT_EQ(geo::maskPassword("PG:password = 'a b' dbname=x"), "PG:password = *** dbname=x");
    EXPECT_EQ(geo::maskPassword("postgresql://u:s3cret@db/x"), "postgresql://u:***@db/x");
    EXPECT_EQ(geo::maskPassword("PG:service=santemap"), "PG:service=santemap");
}
