/* fd-html-text.c: HTML to readable plain text.
 *
 * libxml2's forgiving HTML parser builds the tree; we walk it without
 * recursion (parent pointers), so deeply nested markup cannot exhaust the
 * stack. Nothing is ever fetched: images, frames and media are dropped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "fd-html-text.h"
#include "fd-parsed-message.h"

typedef struct {
  gsize  start;   /* offset in out where the link text begins */
  char  *href;
} Link;

typedef struct {
  GString *out;
  GArray  *links;           /* (element-type Link) */
  guint    pending_newlines;
  gboolean pending_space;
  guint    pre_depth;
  guint    list_depth;
} HtmlText;

/* Not "embed", "source" or "track": libxml2's HTML 4 parser does not know
 * they are empty and makes the rest of the document their children. */
static const char * const skipped_tags[] = {
  "script", "style", "head", "title", "noscript", "template",
  "iframe", "frame", "frameset", "object", "applet",
  "video", "audio", "svg", "math",
  "canvas", "map", "select", "option", "datalist", "textarea",
  "input", "button", "meta", "link", "base",
  NULL
};

/* Elements that end a paragraph: a blank line around them. */
static const char * const paragraph_tags[] = {
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
  "table", "hr", "dl", "figure", "address", "fieldset",
  NULL
};

/* Elements that start on a new line. */
static const char * const line_tags[] = {
  "div", "li", "tr", "dt", "dd", "section", "article", "aside",
  "header", "footer", "nav", "main", "form", "caption", "figcaption",
  "details", "summary", "center", "tbody", "thead", "tfoot", "body",
  "html", "legend", "menu", "dir",
  NULL
};

static gboolean
tag_in (const char         *name,
        const char * const *tags)
{
  for (guint i = 0; tags[i] != NULL; i++)
    {
      if (g_ascii_strcasecmp (name, tags[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_html_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static void
request_newlines (HtmlText *ht,
                  guint     n)
{
  ht->pending_newlines = MAX (ht->pending_newlines, n);
  ht->pending_space = FALSE;
}

static void
strip_trailing_spaces (GString *out)
{
  while (out->len > 0 && (out->str[out->len - 1] == ' ' || out->str[out->len - 1] == '\t'))
    g_string_truncate (out, out->len - 1);
}

/* Emits what is pending before visible text: line breaks (never at the
 * start of the output) or one collapsed space. */
static void
flush_pending (HtmlText *ht)
{
  if (ht->pending_newlines > 0)
    {
      if (ht->out->len > 0)
        {
          strip_trailing_spaces (ht->out);
          for (guint i = 0; i < ht->pending_newlines; i++)
            g_string_append_c (ht->out, '\n');
        }
      ht->pending_newlines = 0;
      ht->pending_space = FALSE;
    }
  else if (ht->pending_space)
    {
      char last = ht->out->len > 0 ? ht->out->str[ht->out->len - 1] : '\n';

      if (last != '\n' && last != ' ')
        g_string_append_c (ht->out, ' ');
      ht->pending_space = FALSE;
    }
}

static void
append_text (HtmlText   *ht,
             const char *text)
{
  if (text == NULL)
    return;

  if (ht->pre_depth > 0)
    {
      if (*text != '\0')
        {
          flush_pending (ht);
          g_string_append (ht->out, text);
        }
      return;
    }

  for (const char *p = text; *p != '\0'; p++)
    {
      if (is_html_space (*p))
        {
          ht->pending_space = TRUE;
          continue;
        }

      flush_pending (ht);

      /* &nbsp; spaces on purpose: keep it, as a plain space */
      if ((guchar) p[0] == 0xC2 && (guchar) p[1] == 0xA0)
        {
          g_string_append_c (ht->out, ' ');
          p++;
          continue;
        }

      g_string_append_c (ht->out, *p);
    }
}

static gboolean
is_hidden (xmlNode *node)
{
  g_autofree char *compact = NULL;
  xmlChar *style;
  guint j = 0;

  if (xmlHasProp (node, (const xmlChar *) "hidden") != NULL)
    return TRUE;

  style = xmlGetProp (node, (const xmlChar *) "style");
  if (style == NULL)
    return FALSE;

  compact = g_malloc (strlen ((const char *) style) + 1);
  for (const char *p = (const char *) style; *p != '\0'; p++)
    {
      if (!is_html_space (*p))
        compact[j++] = g_ascii_tolower (*p);
    }
  compact[j] = '\0';
  xmlFree (style);

  return strstr (compact, "display:none") != NULL;
}

static gboolean
href_matches_text (const char *href,
                   const char *text)
{
  gsize href_len;
  gsize text_len;

  if (g_str_equal (href, text))
    return TRUE;

  if (g_ascii_strncasecmp (href, "mailto:", 7) == 0)
    return g_ascii_strcasecmp (href + 7, text) == 0;

  /* "example.com/x" for "https://example.com/x/" reads the same */
  if (g_ascii_strncasecmp (href, "https://", 8) == 0)
    href += 8;
  else if (g_ascii_strncasecmp (href, "http://", 7) == 0)
    href += 7;
  if (g_ascii_strncasecmp (text, "https://", 8) == 0)
    text += 8;
  else if (g_ascii_strncasecmp (text, "http://", 7) == 0)
    text += 7;

  href_len = strlen (href);
  text_len = strlen (text);
  if (href_len > 0 && href[href_len - 1] == '/')
    href_len--;
  if (text_len > 0 && text[text_len - 1] == '/')
    text_len--;

  return href_len == text_len && g_ascii_strncasecmp (href, text, href_len) == 0;
}

static void
link_begin (HtmlText *ht,
            xmlNode  *node)
{
  Link link;
  xmlChar *href = xmlGetProp (node, (const xmlChar *) "href");

  /* Pending separators belong before the link text, not inside it */
  if (ht->pending_newlines > 0)
    flush_pending (ht);

  link.start = ht->out->len;
  link.href = href != NULL ? g_strstrip (g_strdup ((const char *) href)) : NULL;
  xmlFree (href);

  g_array_append_val (ht->links, link);
}

static void
link_end (HtmlText *ht)
{
  Link *link;
  const char *text;

  g_assert (ht->links->len > 0);

  link = &g_array_index (ht->links, Link, ht->links->len - 1);

  if (link->start > ht->out->len)
    link->start = ht->out->len;
  text = ht->out->str + link->start;
  while (*text == ' ' || *text == '\n')
    text++;

  if (link->href != NULL &&
      link->href[0] != '\0' &&
      link->href[0] != '#' &&
      g_ascii_strncasecmp (link->href, "javascript:", 11) != 0 &&
      g_ascii_strncasecmp (link->href, "data:", 5) != 0 &&
      text[0] != '@' &&
      text[0] != '#' &&
      !href_matches_text (link->href, text))
    {
      /* Right after the link text, before any separator pending after it */
      if (text[0] != '\0')
        g_string_append_c (ht->out, ' ');
      else
        flush_pending (ht);
      g_string_append_printf (ht->out, "<%s>", link->href);
    }

  g_array_remove_index (ht->links, ht->links->len - 1);
}

/* Returns TRUE when the walk should descend into @node's children (and
 * later call leave_element()). */
static gboolean
enter_node (HtmlText *ht,
            xmlNode  *node)
{
  const char *name;

  switch (node->type)
    {
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
      append_text (ht, (const char *) node->content);
      return FALSE;

    case XML_ELEMENT_NODE:
      break;

    case XML_COMMENT_NODE:
    case XML_PI_NODE:
    case XML_DTD_NODE:
    case XML_ATTRIBUTE_NODE:
    case XML_ENTITY_REF_NODE:
    case XML_ENTITY_NODE:
    case XML_DOCUMENT_NODE:
    case XML_DOCUMENT_TYPE_NODE:
    case XML_DOCUMENT_FRAG_NODE:
    case XML_NOTATION_NODE:
    case XML_HTML_DOCUMENT_NODE:
    case XML_ELEMENT_DECL:
    case XML_ATTRIBUTE_DECL:
    case XML_ENTITY_DECL:
    case XML_NAMESPACE_DECL:
    case XML_XINCLUDE_START:
    case XML_XINCLUDE_END:
#ifdef LIBXML_DOCB_ENABLED
    case XML_DOCB_DOCUMENT_NODE:
#endif
    default:
      return FALSE;
    }

  name = (const char *) node->name;
  if (name == NULL || tag_in (name, skipped_tags) || is_hidden (node))
    return FALSE;

  if (g_ascii_strcasecmp (name, "img") == 0 || g_ascii_strcasecmp (name, "area") == 0)
    {
      xmlChar *alt = xmlGetProp (node, (const xmlChar *) "alt");

      if (alt != NULL)
        {
          ht->pending_space = ht->pending_space || ht->out->len > 0;
          append_text (ht, (const char *) alt);
        }
      xmlFree (alt);
      return FALSE;
    }

  if (g_ascii_strcasecmp (name, "br") == 0)
    {
      /* Unlike block edges, consecutive <br> add up */
      if (ht->out->len > 0 || ht->pending_newlines > 0)
        ht->pending_newlines++;
      ht->pending_space = FALSE;
      return FALSE;
    }

  if (g_ascii_strcasecmp (name, "ul") == 0 || g_ascii_strcasecmp (name, "ol") == 0)
    {
      request_newlines (ht, ht->list_depth == 0 ? 2 : 1);
      ht->list_depth++;
      return TRUE;
    }

  if (g_ascii_strcasecmp (name, "li") == 0)
    {
      request_newlines (ht, 1);
      flush_pending (ht);
      for (guint i = 1; i < ht->list_depth; i++)
        g_string_append (ht->out, "  ");
      g_string_append (ht->out, "• ");
      return TRUE;
    }

  if (tag_in (name, paragraph_tags))
    {
      request_newlines (ht, 2);
      if (g_ascii_strcasecmp (name, "pre") == 0)
        ht->pre_depth++;
      return TRUE;
    }

  if (tag_in (name, line_tags))
    {
      request_newlines (ht, 1);
      return TRUE;
    }

  if (g_ascii_strcasecmp (name, "a") == 0)
    {
      link_begin (ht, node);
      return TRUE;
    }

  if (g_ascii_strcasecmp (name, "td") == 0 || g_ascii_strcasecmp (name, "th") == 0)
    {
      ht->pending_space = TRUE;
      return TRUE;
    }

  return TRUE;
}

static void
leave_element (HtmlText *ht,
               xmlNode  *node)
{
  const char *name = (const char *) node->name;

  if (node->type != XML_ELEMENT_NODE || name == NULL)
    return;

  if (g_ascii_strcasecmp (name, "a") == 0)
    link_end (ht);
  else if (g_ascii_strcasecmp (name, "ul") == 0 || g_ascii_strcasecmp (name, "ol") == 0)
    {
      ht->list_depth--;
      request_newlines (ht, ht->list_depth == 0 ? 2 : 1);
    }
  else if (tag_in (name, paragraph_tags))
    {
      if (g_ascii_strcasecmp (name, "pre") == 0)
        ht->pre_depth--;
      request_newlines (ht, 2);
    }
  else if (tag_in (name, line_tags))
    request_newlines (ht, 1);
  else if (g_ascii_strcasecmp (name, "td") == 0 || g_ascii_strcasecmp (name, "th") == 0)
    ht->pending_space = TRUE;
}

static void
walk (HtmlText *ht,
      xmlNode  *root)
{
  xmlNode *node = root->children;

  while (node != NULL)
    {
      gboolean descend = enter_node (ht, node);

      if (descend && node->children != NULL)
        {
          node = node->children;
          continue;
        }

      if (descend)
        leave_element (ht, node);

      while (node != NULL && node->next == NULL)
        {
          node = node->parent;
          if (node == NULL || node == root)
            return;
          leave_element (ht, node);
        }

      if (node != NULL)
        node = node->next;
    }
}

/* Trims blank lines and trailing spaces, collapses 3+ newlines to 2. */
static char *
tidy_output (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  guint newlines = 0;
  const char *p = text;

  /* Leading blank lines go, the indentation of the first line stays */
  for (;;)
    {
      const char *q = p;

      while (*q == ' ' || *q == '\t' || *q == '\r')
        q++;
      if (*q != '\n')
        break;
      p = q + 1;
    }

  for (; *p != '\0'; p++)
    {
      if (*p == '\r')
        continue;

      if (*p == '\n')
        {
          strip_trailing_spaces (out);
          newlines++;
          continue;
        }

      if (newlines > 0)
        {
          for (guint i = 0; i < MIN (newlines, 2u); i++)
            g_string_append_c (out, '\n');
          newlines = 0;
        }
      g_string_append_c (out, *p);
    }

  strip_trailing_spaces (out);

  return g_string_free (out, FALSE);
}

static void
clear_link (gpointer data)
{
  Link *link = data;

  g_clear_pointer (&link->href, g_free);
}

char *
fd_html_to_text (const char *html,
                 gssize      len)
{
  g_autofree char *clean = NULL;
  g_autofree char *tidy = NULL;
  g_autoptr(GString) out = NULL;
  g_autoptr(GArray) links = NULL;
  HtmlText ht = { 0 };
  htmlDocPtr doc;
  gsize clean_len;

  if (html == NULL || len == 0)
    return g_strdup ("");

  if (len < 0)
    len = strlen (html);

  /* libxml2 must never see invalid UTF-8 or embedded NULs, and takes an int */
  clean = fd_utf8_repair (html, MIN ((gsize) len, (gsize) G_MAXINT / 4));
  clean_len = strlen (clean);
  if (clean_len == 0)
    return g_strdup ("");

  doc = htmlReadMemory (clean, (int) clean_len, NULL, "UTF-8",
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                        HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
  if (doc == NULL)
    return g_strdup ("");

  out = g_string_sized_new (clean_len / 2);
  links = g_array_new (FALSE, TRUE, sizeof (Link));
  g_array_set_clear_func (links, clear_link);

  ht.out = out;
  ht.links = links;
  walk (&ht, (xmlNode *) doc);

  /* Links left open when the walk stopped early */
  while (ht.links->len > 0)
    link_end (&ht);

  xmlFreeDoc (doc);

  tidy = tidy_output (out->str);

  return fd_utf8_repair (tidy, -1);
}
