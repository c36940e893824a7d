/* fuzz-repeats-meaning.c: what the repeat detector reads in a stranger's
 * post (its signature, the numbers it names, the complaints it makes,
 * the things it names, whether it asks again), and those facts as the
 * store keeps them, packed and read back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fuzz.h"
#include "fd-repeats-private.h"

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autofree char *text = NULL;
  g_autofree char *subject = NULL;
  g_autoptr(GBytes) packed = NULL;
  FdRepeatsSignature sig;
  FdRepeatsMeaning meaning;
  FdRepeatsFacts facts, back;
  const char *body;
  const char *nl;

  fuzz_set_logging_func ();

  /* Whatever bytes a damaged profile holds, reading them is safe. */
  _fd_repeats_facts_unpack (data, size, &back);

  /* Posts reach the detector as UTF-8 text. */
  if (!g_utf8_validate ((const char *) data, size, NULL))
    return 0;
  text = fuzz_dup_string (data, size);

  /* A first line "Subject: …" is a mail's subject. */
  body = text;
  if (g_str_has_prefix (text, "Subject: ") && (nl = strchr (text, '\n')) != NULL)
    {
      subject = g_strndup (text + strlen ("Subject: "), nl - text - strlen ("Subject: "));
      body = nl + 1;
    }

  _fd_repeats_analyse (body, subject, &sig, &meaning);
  _fd_repeats_facts (&meaning, &facts);
  g_assert (meaning.n_refs <= FD_REPEATS_MAX_REFS);
  g_assert (meaning.n_words <= FD_REPEATS_MAX_WORDS);

  /* What is stored reads back the same. */
  packed = _fd_repeats_facts_pack (&facts);
  if (packed == NULL)
    {
      g_assert (_fd_repeats_facts_empty (&facts));
      return 0;
    }
  _fd_repeats_facts_unpack (g_bytes_get_data (packed, NULL), g_bytes_get_size (packed), &back);
  g_assert (back.kinds == facts.kinds);
  g_assert (back.flags == facts.flags);
  g_assert (back.n_refs == facts.n_refs);
  g_assert (back.n_words == facts.n_words);
  for (guint i = 0; i < facts.n_refs; i++)
    g_assert (back.refs[i] == facts.refs[i] && back.ref_info[i] == facts.ref_info[i]);
  for (guint i = 0; i < facts.n_words; i++)
    g_assert (back.words[i] == facts.words[i]);

  return 0;
}
