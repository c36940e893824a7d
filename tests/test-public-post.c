/* test-public-post.c: how a reply to a public post is counted and who
 * sees it, whatever the channel (Mastodon's own names are tested in
 * test-mastodon.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fd-channel.h"
#include "fd-public-post.h"

static void
test_count (void)
{
  const char *text = "see https://example.com/a/very/long/path?x=1 @ana@social.example";

  /* A channel that counts an address as a fixed length... */
  g_assert_cmpuint (fd_public_post_count_chars (text, 23), ==, 4 + 23 + 1 + 4);
  /* ...and one that counts it as written. */
  g_assert_cmpuint (fd_public_post_count_chars (text, 0), ==, 4 + 40 + 1 + 4);
  g_assert_cmpuint (fd_public_post_count_chars ("pia.bsky.social: \xf0\x9f\x87\xab\xf0\x9f\x87\xb7", 0), ==, 17 + 1);
  g_assert_cmpuint (fd_public_post_count_chars (NULL, 23), ==, 0);

  /* What each channel says, where it says it. */
  g_assert_cmpuint (fd_channel_lookup ("mastodon")->link_chars, ==, 23);
  g_assert_cmpuint (fd_channel_lookup ("bluesky")->link_chars, ==, 0);
}

static void
test_audience (void)
{
  g_assert_cmpint (fd_audience_from_string ("public"), ==, FD_AUDIENCE_PUBLIC);
  g_assert_cmpint (fd_audience_from_string ("private"), ==, FD_AUDIENCE_FOLLOWERS);
  /* A word this build does not know: the narrowest. */
  g_assert_cmpint (fd_audience_from_string ("limited"), ==, FD_AUDIENCE_MENTIONED);
  g_assert_cmpint (fd_audience_from_string (NULL), ==, FD_AUDIENCE_MENTIONED);
  g_assert_cmpstr (fd_audience_to_string (FD_AUDIENCE_UNLISTED), ==, "unlisted");

  /* Never wider than the post; a public post as the account chose. */
  g_assert_cmpint (fd_audience_of_reply (FD_AUDIENCE_PUBLIC, FD_AUDIENCE_UNLISTED), ==, FD_AUDIENCE_UNLISTED);
  g_assert_cmpint (fd_audience_of_reply (FD_AUDIENCE_PUBLIC, FD_AUDIENCE_PUBLIC), ==, FD_AUDIENCE_PUBLIC);
  g_assert_cmpint (fd_audience_of_reply (FD_AUDIENCE_FOLLOWERS, FD_AUDIENCE_PUBLIC), ==, FD_AUDIENCE_FOLLOWERS);
  g_assert_cmpint (fd_audience_of_reply (FD_AUDIENCE_MENTIONED, FD_AUDIENCE_UNLISTED), ==, FD_AUDIENCE_MENTIONED);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/public-post/count", test_count);
  g_test_add_func ("/public-post/audience", test_audience);

  return g_test_run ();
}
