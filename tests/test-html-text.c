/* test-html-text.c: HTML to plain text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fd-html-text.h"

static void
assert_html_text (const char *html,
                  const char *expected)
{
  g_autofree char *text = fd_html_to_text (html, -1);

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_cmpstr (text, ==, expected);
}

static void
test_empty_and_null (void)
{
  g_autofree char *from_null = fd_html_to_text (NULL, -1);
  g_autofree char *from_empty = fd_html_to_text ("", -1);
  g_autofree char *zero_len = fd_html_to_text ("<p>ignored</p>", 0);

  g_assert_cmpstr (from_null, ==, "");
  g_assert_cmpstr (from_empty, ==, "");
  g_assert_cmpstr (zero_len, ==, "");

  assert_html_text ("   \n\t  ", "");
  assert_html_text ("<html><body></body></html>", "");
  assert_html_text ("plain words, no tags", "plain words, no tags");
}

static void
test_garbage (void)
{
  static const char binary[] = "\xff\xfe<\x00p>caf\xe9\x01\x80<<<>>>&&&;</b></b><p";
  g_autofree char *text = fd_html_to_text (binary, sizeof binary - 1);
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autofree char *deep_text = NULL;

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_nonnull (strstr (text, "caf\xef\xbf\xbd"));

  assert_html_text ("a <<< b >>> c", "a <<< b >>> c");
  assert_html_text ("</p></div></li>", "");
  assert_html_text ("<p>unclosed <b>bold <i>italic", "unclosed bold italic");

  /* Far deeper than libxml2 builds: no crash, valid (possibly empty) text */
  for (guint i = 0; i < 20000; i++)
    g_string_append (deep, "<div>");
  g_string_append (deep, "deep");
  deep_text = fd_html_to_text (deep->str, deep->len);
  g_assert_true (g_utf8_validate (deep_text, -1, NULL));
}

static void
test_dropped_elements (void)
{
  assert_html_text ("<html><head><title>Title</title><style>p{color:red}</style>"
                    "<script>alert(1)</script></head>"
                    "<body><noscript>Enable JS</noscript><template><p>tpl</p></template>"
                    "<!-- secret comment --><p>Visible</p>"
                    "<script type=\"text/javascript\">document.write('x')</script></body></html>",
                    "Visible");

  /* Remote content gives nothing, images give their alt text */
  assert_html_text ("<p>Before <img src=\"http://tracker.example/p.gif\"> after</p>"
                    "<iframe src=\"http://evil.example/\">frame text</iframe>"
                    "<object data=\"x.swf\">object text</object><embed src=\"y\">"
                    "<video src=\"v.mp4\">video text</video><audio src=\"a.ogg\">audio</audio>"
                    "<p><img src=\"http://cdn.example/logo.png\" alt=\"Logo\"></p>",
                    "Before after\n\nLogo");

  /* Hidden preheaders of newsletters */
  assert_html_text ("<div style=\"display: none; max-height:0\">preheader</div>"
                    "<span hidden>hidden</span><p>Shown</p>",
                    "Shown");
}

static void
test_blocks (void)
{
  assert_html_text ("<p>One</p><p>Two</p>", "One\n\nTwo");
  assert_html_text ("<div>One</div><div>Two</div>", "One\nTwo");
  assert_html_text ("Line one<br>Line two<br/>Line three", "Line one\nLine two\nLine three");
  assert_html_text ("<h1>Title</h1>Text", "Title\n\nText");
  assert_html_text ("<ul><li>Apples</li><li>Pears</li></ul><p>After</p>",
                    "• Apples\n• Pears\n\nAfter");
  assert_html_text ("<ol><li>Outer<ul><li>Inner</li></ul></li><li>Next</li></ol>",
                    "• Outer\n  • Inner\n• Next");
  assert_html_text ("<table><tr><td>A1</td><td>B1</td></tr><tr><th>A2</th><td>B2</td></tr></table>",
                    "A1 B1\nA2 B2");
  assert_html_text ("<p>Intro</p><blockquote>Quoted</blockquote><p>Outro</p>",
                    "Intro\n\nQuoted\n\nOutro");
}

static void
test_whitespace (void)
{
  assert_html_text ("  Many    spaces\n\n and\ttabs  ", "Many spaces and tabs");
  assert_html_text ("<b>bold</b><i>italic</i> <u>under</u>", "bolditalic under");
  assert_html_text ("<pre>  keep   this\n    indented</pre><p>a   b</p>",
                    "  keep   this\n    indented\n\na b");
  /* Leading/trailing blank lines trimmed, runs of newlines capped at one blank line */
  assert_html_text ("<br><br><p></p><div></div>Top<br><br><br><br><br>Bottom<br><br><p></p>",
                    "Top\n\nBottom");
  assert_html_text ("<p>   </p><p>\n</p><p>Only</p><p> </p>", "Only");
}

static void
test_entities (void)
{
  assert_html_text ("Fish &amp; chips &lt;3 &quot;caf&eacute;&quot; &#8364;5 &#x263A;",
                    "Fish & chips <3 \"café\" €5 ☺");
  assert_html_text ("a&nbsp;&nbsp;b", "a  b");
  /* Our input is UTF-8 whatever the page claims */
  assert_html_text ("<html><head><meta charset=\"iso-8859-1\"></head><body>café</body></html>",
                    "café");
}

static void
test_links (void)
{
  assert_html_text ("See <a href=\"https://shop.example/orders/42\">your order</a>.",
                    "See your order <https://shop.example/orders/42>.");
  assert_html_text ("<a href=\"https://shop.example/\">https://shop.example/</a>",
                    "https://shop.example/");
  assert_html_text ("<a href=\"https://shop.example/\">shop.example</a>",
                    "shop.example");
  assert_html_text ("Write to <a href=\"mailto:help@shop.example\">help@shop.example</a>",
                    "Write to help@shop.example");
  assert_html_text ("<a href=\"mailto:help@shop.example\">our team</a>",
                    "our team <mailto:help@shop.example>");
  assert_html_text ("<a href=\"#top\">Back to top</a> <a href=\"javascript:void(0)\">Click</a>",
                    "Back to top Click");
  assert_html_text ("<a href=\"https://evil.example/\">paypal.com</a>",
                    "paypal.com <https://evil.example/>");
  assert_html_text ("<a href=\"https://shop.example/&amp;x=1\">Shop</a> next",
                    "Shop <https://shop.example/&x=1> next");
  assert_html_text ("<a href=\"data:text/html;base64,PGI+eDwvYj4=\">Inline</a>", "Inline");
  assert_html_text ("<p><a href=\"https://shop.example/\"><img src=\"http://cdn/b.png\"></a></p>",
                    "<https://shop.example/>");
}

static void
test_mastodon (void)
{
  /* As Mastodon renders statuses */
  assert_html_text ("<p><span class=\"h-card\" translate=\"no\"><a href=\"https://social.example/@shop\" "
                    "class=\"u-url mention\">@<span>shop</span></a></span> my parcel is late "
                    "<a href=\"https://social.example/tags/delivery\" class=\"mention hashtag\" rel=\"tag\">"
                    "#<span>delivery</span></a></p>"
                    "<p>Tracking: <a href=\"https://track.example/parcel/123456789\" target=\"_blank\" "
                    "rel=\"nofollow noopener noreferrer\"><span class=\"invisible\">https://</span>"
                    "<span class=\"ellipsis\">track.example/parcel/12345</span>"
                    "<span class=\"invisible\">6789</span></a></p>",
                    "@shop my parcel is late #delivery\n\n"
                    "Tracking: https://track.example/parcel/123456789");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/html-text/empty-and-null", test_empty_and_null);
  g_test_add_func ("/html-text/garbage", test_garbage);
  g_test_add_func ("/html-text/dropped-elements", test_dropped_elements);
  g_test_add_func ("/html-text/blocks", test_blocks);
  g_test_add_func ("/html-text/whitespace", test_whitespace);
  g_test_add_func ("/html-text/entities", test_entities);
  g_test_add_func ("/html-text/links", test_links);
  g_test_add_func ("/html-text/mastodon", test_mastodon);

  return g_test_run ();
}
