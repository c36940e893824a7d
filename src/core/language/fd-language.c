/* fd-language.c: language detection with libexttextcat's language files.
 *
 * Every expected language gets its full out-of-place distance
 * (fd-language-profile.c), less a bonus for its common words: the gap
 * between the best and the second best is the confidence.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <limits.h>
#include <string.h>

#include "fd-language.h"
#include "fd-language-private.h"
#include "fd-store-private.h"

#define FINGERPRINT_DIR EXTTEXTCAT_DATADIR
#define MAX_NGRAMS 400
/* Fewer for the text: cheaper, and a post rarely has more. */
#define MAX_TEXT_NGRAMS 300
#define MAX_OUT_OF_PLACE 400

/* A few hundred letters tell the language; more only costs time
 * (libexttextcat spends about 0.35 µs per byte building a profile). */
#define MAX_CLEAN_BYTES 320

/* Fewer letters than this: never a guess from the text alone. */
#define MIN_LETTERS 10

/* Scores are distances from 0 (same profile) to 1 (nothing in common)
 * less WORD_WEIGHT times the share of the language's common words. Under
 * MIN_GAP between the best and the second best the text cannot tell them
 * apart; a post under SHORT_LETTERS letters needs SHORT_FACTOR times
 * that. Tuned on tests/data/lang/posts.tsv and short-posts.tsv. */
#define WORD_WEIGHT 0.3
#define MIN_GAP 0.02
#define SHORT_LETTERS 20
#define SHORT_FACTOR 3

/* Common words alone decide when a text has DECISIVE_MIN_WORDS words, a
 * quarter or more (and DECISIVE_MIN_HITS or more) are common words of
 * one language, and that is DECISIVE_RATIO times any other's count. */
#define DECISIVE_MIN_WORDS 16
#define DECISIVE_MIN_HITS 5
#define DECISIVE_RATIO 3

/* Between languages whose scores are within CLOSE_MARGIN of the best,
 * each word that only one of them has among its frequent words takes
 * CLOSE_WEIGHT off that language's score (close_language_check()). */
#define CLOSE_MARGIN 0.15
#define CLOSE_WEIGHT 0.03

/* A hint or prior is kept while its score is this close to the best. */
#define HINT_MARGIN 0.06
#define PRIOR_MARGIN 0.02

struct _FdLanguageDetector
{
  gatomicrefcount   ref_count;
  guint             n_languages;
  const char      **languages;     /* interned, NULL-terminated */
  FdNgramProfiles  *profiles;      /* one per language, in this order */
  GHashTable       *words;         /* common word → bit mask of language indexes */
  GHashTable       *close_words;   /* common and close_words[] → bit mask */
};

typedef struct {
  const char *code;
  const char *iso3;
  const char *iso3_b;              /* bibliographic code when it differs */
  const char *name;
} LanguageInfo;

/* Languages a small European firm meets, with Apertium's three-letter
 * codes. Names are for the UI: "usually writes in Spanish". */
static const LanguageInfo language_info[] = {
  { "ca", "cat", NULL, N_("Catalan") },
  { "cs", "ces", "cze", N_("Czech") },
  { "cy", "cym", "wel", N_("Welsh") },
  { "da", "dan", NULL, N_("Danish") },
  { "de", "deu", "ger", N_("German") },
  { "el", "ell", "gre", N_("Greek") },
  { "en", "eng", NULL, N_("English") },
  { "eo", "epo", NULL, N_("Esperanto") },
  { "es", "spa", NULL, N_("Spanish") },
  { "eu", "eus", "baq", N_("Basque") },
  { "fi", "fin", NULL, N_("Finnish") },
  { "fr", "fra", "fre", N_("French") },
  { "ga", "gle", NULL, N_("Irish") },
  { "gl", "glg", NULL, N_("Galician") },
  { "hu", "hun", NULL, N_("Hungarian") },
  { "is", "isl", "ice", N_("Icelandic") },
  { "it", "ita", NULL, N_("Italian") },
  { "nb", "nob", NULL, N_("Norwegian Bokmål") },
  { "nl", "nld", "dut", N_("Dutch") },
  { "nn", "nno", NULL, N_("Norwegian Nynorsk") },
  { "oc", "oci", NULL, N_("Occitan") },
  { "pl", "pol", NULL, N_("Polish") },
  { "pt", "por", NULL, N_("Portuguese") },
  { "ro", "ron", "rum", N_("Romanian") },
  { "ru", "rus", NULL, N_("Russian") },
  { "sv", "swe", NULL, N_("Swedish") },
  { "tr", "tur", NULL, N_("Turkish") },
  { "uk", "ukr", NULL, N_("Ukrainian") },
};

static const char * const business_defaults[] = {
  "en", "es", "fr", "de", "it", "pt", "nl", "ca", NULL
};


/* The most frequent short words of each language: n-gram distances alone
 * confuse close languages on a short post (Catalan and Spanish, Portuguese
 * and Spanish); a few function words tell them apart. */
typedef struct {
  const char *code;
  const char *words;
} CommonWords;

static const CommonWords common_words[] = {
  { "en", "the a an and or but to of in on at for with from by is are was were be been am "
          "have has had do does did not no it its this that these those i you he she we they "
          "me my your our their what when where why how can could would should will just still "
          "yet already please thanks thank hi hello hey there here if so than then very too "
          "also about after before again any some all got get been ive im dont cant wont "
          "doesnt isnt hasnt since only" },
  { "es", "el la los las un una unos unas y o pero que de del en con por para sin es son "
          "está están estoy estaba ha han he hay fue ser estar muy más ya todavía también "
          "mi mis tu su sus nos me te se lo le les qué cómo cuándo dónde porque si no sí esto "
          "este esta eso ese hola gracias favor puedo pueden podéis quiero tengo tiene "
          "tienen nadie algo alguien nada cuando donde como pero ayer hoy vez "
          "otra otro hace está" },
  { "fr", "le la les un une des et ou mais que qui de du en dans avec pour sans par est "
          "sont était été ai as avons avez ont je tu il elle nous vous ils elles me te se ce "
          "cette ces mon ma mes ton ta tes son sa ses notre votre leur pas ne plus très déjà "
          "encore aussi bonjour salut merci oui non quoi comment quand où pourquoi parce "
          "j qu c n au aux y fait faire peut pouvez toujours rien personne depuis chez" },
  { "de", "der die das den dem des ein eine einen einem einer und oder aber dass zu von "
          "mit für auf aus bei nach ist sind war waren bin bist hat haben habe hatte wird "
          "werden kann können nicht kein keine ich du er sie es wir ihr mein meine meinen "
          "dein unser euer noch schon auch sehr mehr nur wie was wann wo warum weil wenn ja "
          "nein hallo danke bitte immer jetzt heute gestern gibt geht mir mich dich euch "
          "ihnen uns man seit vom zum zur im am um vielen viel dank" },
  { "it", "il lo la i gli le un una uno e o ma che di del della dei delle in con per "
          "senza da dal dalla è sono era stato stata ho hai ha abbiamo avete hanno non più "
          "già ancora anche molto mio mia miei tuo tua suo sua nostro vostro cosa come "
          "quando dove perché se sì ciao grazie favore questo questa quello mi ti si ci vi "
          "nel nella sul sulla al alla allo dell nell sull all po qualcuno nessuno niente "
          "ieri oggi sempre volta" },
  { "pt", "o a os as um uma uns umas e ou mas que de do da dos das em no na nos nas "
          "com por para sem é são está estão foi ser estar tenho tem têm não já ainda "
          "também muito mais meu minha meus minhas seu sua nosso vosso vossa vocês você eu "
          "ele ela nós eles elas me te se lhe como quando onde porque porquê sim olá oi "
          "obrigado obrigada favor isto isso este esta esse essa ao à às pelo pela ninguém "
          "nada alguém ontem hoje sempre vez outra outro" },
  { "nl", "de het een en of maar dat die van in op aan met voor zonder bij uit naar is "
          "zijn was waren ben heb heeft hebben had kan kunnen wil niet geen ik jij je hij "
          "zij ze wij we jullie mijn jouw haar ons onze nog al ook heel erg meer wat "
          "wanneer waar waarom omdat als ja nee hallo hoi bedankt dank alsjeblieft "
          "alstublieft nu vandaag gisteren er dit deze steeds weer keer moet mag" },
  { "ca", "el la els les un una uns unes i o però que de del dels en amb per sense és "
          "són està estan estava he ha han hi ja encara també molt més meu meva meus meves "
          "teu teva seu seva nostre vostre vostra què com quan on perquè si no sí això "
          "aquest aquesta hola gràcies plau us vull puc podeu teniu fa em et "
          "ens vaig va van ningú res algú ahir avui sempre cop vegada altra altre" },
};

/* More frequent words, for the word-level check between close languages
 * (see close_language_check()): verb forms, question words and the nouns
 * of everyday customer messages (order, delivery, invoice, shop) that are
 * spelled differently in Spanish, Catalan, Portuguese, French and Italian,
 * or in Dutch and German. Written for Frontdesk from each language's
 * standard grammar and spelling; a word both languages of a pair spell
 * alike is listed in both, and so tells them nothing. */
static const CommonWords close_words[] = {
  { "en", "order orders delivery shipping ship parcel package refund invoice shop store discount code number tracking account password "
          "open close closed size colour color price pay paid send sent received arrived "
          "back return cancel change help need want like would could should does doing "
          "being why which who your yours us our any many much more still never ever "
          "today tomorrow yesterday week weekend morning afternoon evening thanks "
          "thank sorry again working work broken wrong right free" },
  { "es", "pedido pedidos envío envíos envío enviar enviado entrega entregáis hacéis descuento código número seguimiento transferencia bancaria estudiantes "
          "tenéis podéis queréis sois estáis abrís cerráis aceptáis habéis os vuestro "
          "vuestra vuestros solo sólo también tampoco ningún ninguna ningún alguna alguno "
          "todavía aún mañana tarde semana hoy ayer dinero factura tienda talla tallas "
          "devolución devolver reembolso cambiar llegado llegó roto rota funciona "
          "sigo espero esperando llamar me he hemos puedo quiero tengo necesito "
          "gracias muchas muchísimas hola buenos buenas días noches qué cuál cuánto "
          "cuánta cuántos dónde cuándo cómo por para del al lo las los una unos esto "
          "eso aquí allí hay está están este esta ese esa mi mis su sus nuestro "
          "otra otro vez veces llega llegar casa precio gratis pagar pago cobrado "
          "tarjeta correo cuenta contraseña mismo misma favor ya sin con pero" },
  { "ca", "comanda comandes enviament enviaments enviar enviat entrega entregues feu descompte codi seguiment transferència bancària estudiants als dels pels "
          "teniu podeu voleu sou esteu obriu tanqueu accepteu heu us vostre vostra "
          "vostres només també tampoc cap cap algun alguna encara demà tarda setmana "
          "avui ahir diners factura botiga talla talles devolució retornar reemborsament "
          "canviar arribat arriba trencat trencada funciona espero esperant trucar "
          "em m he hem puc vull tinc necessito gràcies moltes moltíssimes hola bon "
          "bona dia nit què quin quina quines quins quant quanta quants on quan com "
          "per per a del al el els les una uns això aquí allà hi ha està estan "
          "aquest aquesta aquests meu meva meus meves seu seva seus nostre altra "
          "altre cop vegada vegades arribar casa preu gratuït pagar pagament cobrat "
          "targeta correu compte contrasenya mateix mateixa plau si us ja sense amb "
          "però es s ens tornar torneu poden pot fa fer van vaig dues dos" },
  { "pt", "encomenda encomendas envio envios enviar enviado entrega entregas fazem desconto código número seguimento transferência bancária estudantes "
          "têm podem querem são estão abrem fecham aceitam vocês vosso vossa só "
          "também nenhum nenhuma algum alguma ainda amanhã tarde semana hoje ontem "
          "dinheiro fatura loja tamanho tamanhos devolução devolver reembolso mudar "
          "trocar chegou chegado partido partida funciona estou espero esperar "
          "ligar eu tenho posso quero preciso obrigado obrigada muito muita olá bom "
          "boa dia noite que qual quanto quanta quantos onde quando como porque "
          "por para do da dos das ao aos à às no na nos nas um uma uns isto isso "
          "aqui ali há está estão este esta esse essa meu minha meus minhas seu "
          "sua nosso nossa outra outro vez vezes chegar casa preço grátis pagar "
          "pagamento cobrado cobraram cartão email conta palavra passe mesmo mesma "
          "favor já sem com mas não é me lhe" },
  { "fr", "commande commandes livraison livrez envoi envoyer envoyé colis facture réduction code numéro suivi virement étudiants "
          "boutique magasin taille tailles remboursement retour retourner annuler "
          "changer arrivé arrivée cassé cassée marche fonctionne attends attendre "
          "appeler rappeler je j ai avons pouvez avez êtes voulez faites acceptez "
          "vous votre vos nos notre seulement aussi aucun aucune encore demain "
          "après midi semaine aujourd hui hier argent merci beaucoup bonjour bonsoir "
          "salut quoi quel quelle quels quelles combien où quand comment pourquoi "
          "pour par du des au aux le la les une un ce cet cette ces ça c est il "
          "y a mon ma mes son sa ses leur autre fois prix gratuit payer paiement "
          "débité carte mail compte mot passe même plaît svp déjà sans avec mais "
          "ne pas n qu d l m s t" },
  { "it", "ordine ordini spedizione spedite spedire spedito consegna consegnate sconto codice numero tracciamento bonifico studenti "
          "pacco fattura negozio taglia taglie rimborso restituire reso annullare "
          "cambiare arrivato arrivata rotto rotta funziona aspetto aspettando "
          "chiamare richiamare io ho abbiamo posso potete avete siete volete fate "
          "accettate vi voi vostro vostra solo anche nessun nessuna qualche ancora "
          "domani pomeriggio settimana oggi ieri soldi grazie mille buongiorno "
          "buonasera ciao cosa quale quali quanto quanta quanti dove quando come "
          "perché per del della dei delle al alla ai alle il lo la gli le una un "
          "questo questa quello quella c è ci sono mio mia miei mie suo sua nostro "
          "altra altro volta volte prezzo gratis gratuita pagare pagamento addebitato "
          "carta mail account password stesso stessa favore già senza con ma non mi" },
  { "nl", "bestelling bestellingen bestellen besteld levering bezorgen bezorging korting code nummer overschrijving studenten "
          "verzenden verzending pakket factuur winkel maat maten terugbetaling "
          "retour terugsturen annuleren wijzigen veranderen ontvangen aangekomen "
          "kapot werkt wacht wachten bellen terugbellen ik heb hebben kan kunnen "
          "jullie zijn willen doen accepteren u uw jouw onze alleen ook geen nog "
          "morgen middag week vandaag gisteren geld bedankt dank hoi hallo goedemorgen "
          "wat welke hoeveel waar wanneer hoe waarom voor door van het de een deze "
          "dit die dat er is mijn zijn haar ons andere keer keren prijs gratis "
          "betalen betaling afgeschreven kaart mail account wachtwoord zelfde "
          "graag alstublieft alsjeblieft al zonder met maar niet me mij op te" },
  { "de", "bestellung bestellungen bestellt lieferung liefern liefert versand rabatt code nummer sendungsnummer überweisung studenten "
          "versendet paket rechnung laden geschäft größe größen erstattung "
          "rücksendung zurückschicken stornieren ändern angekommen kaputt funktioniert "
          "geht warte warten anrufen zurückrufen ich habe haben kann könnt können "
          "ihr seid wollt macht nehmt euch euer eure ihre unser unsere nur auch "
          "kein keine noch morgen nachmittag woche heute gestern geld danke vielen "
          "hallo guten tag was welche welcher wie viel wo wann wie warum für durch "
          "von der die das den dem ein eine einen dieser diese dieses es gibt ist "
          "mein meine sein seine andere mal preis kostenlos bezahlen zahlung "
          "abgebucht karte mail konto passwort gleiche bitte gern gerne schon ohne "
          "mit aber nicht mir mich auf zu zum vom" },
};

G_DEFINE_QUARK (fd-language-error-quark, fd_language_error)

static GMutex default_lock;
static FdLanguageDetector *default_detector;
static GError *default_error;     /* why it could not be made: not retried */

/* Codes */

static const LanguageInfo *
find_info (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (language_info); i++)
    if (g_str_equal (language_info[i].code, code) ||
        g_str_equal (language_info[i].iso3, code) ||
        (language_info[i].iso3_b != NULL && g_str_equal (language_info[i].iso3_b, code)))
      return &language_info[i];
  return NULL;
}

const char *
fd_language_normalize (const char *tag)
{
  char primary[9];
  const LanguageInfo *info;
  guint len = 0;

  if (tag == NULL)
    return NULL;

  while (tag[len] != '\0' && tag[len] != '-' && tag[len] != '_' && tag[len] != '.' && len < sizeof primary - 1)
    {
      primary[len] = g_ascii_tolower (tag[len]);
      len++;
    }
  primary[len] = '\0';

  if (len < 2 || len > 3 || g_str_equal (primary, "und") || g_str_equal (primary, "mul"))
    return NULL;
  for (guint i = 0; i < len; i++)
    if (!g_ascii_isalpha (primary[i]))
      return NULL;

  /* Norwegian without a written standard: Bokmål is what most write. */
  if (g_str_equal (primary, "no") || g_str_equal (primary, "nor"))
    return g_intern_static_string ("nb");

  if ((info = find_info (primary)) != NULL)
    return g_intern_static_string (info->code);

  return g_intern_string (primary);
}

const char *
fd_language_get_name (const char *code)
{
  const char *norm = fd_language_normalize (code);
  const LanguageInfo *info = norm != NULL ? find_info (norm) : NULL;

  if (info != NULL)
    return _(info->name);
  return code;
}

/* Apertium's code for @code ("es" → "spa"), or NULL. */
const char *
_fd_language_to_iso3 (const char *code)
{
  const char *norm = fd_language_normalize (code);
  const LanguageInfo *info = norm != NULL ? find_info (norm) : NULL;

  return info != NULL ? info->iso3 : NULL;
}

char **
fd_language_get_default_languages (void)
{
  const char * const *names = g_get_language_names ();
  g_autoptr(GPtrArray) list = g_ptr_array_new ();

  /* The first name is the most specific locale the user chose. */
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *code = fd_language_normalize (names[i]);

      if (code != NULL && !g_str_equal (names[i], "C") && !g_str_has_prefix (names[i], "C.") &&
          !g_str_equal (names[i], "POSIX"))
        {
          g_ptr_array_add (list, (gpointer) code);
          break;
        }
    }

  for (guint i = 0; business_defaults[i] != NULL; i++)
    {
      const char *code = g_intern_static_string (business_defaults[i]);

      if (!g_ptr_array_find (list, code, NULL))
        g_ptr_array_add (list, (gpointer) code);
    }

  {
    char **strv = g_new0 (char *, list->len + 1);

    for (guint i = 0; i < list->len; i++)
      strv[i] = g_strdup (g_ptr_array_index (list, i));
    return strv;
  }
}

/* Cleaning */

static gboolean
is_url (const char *word,
        gsize       len)
{
  return (len >= 7 && g_ascii_strncasecmp (word, "http://", 7) == 0) ||
         (len >= 8 && g_ascii_strncasecmp (word, "https://", 8) == 0) ||
         (len >= 4 && g_ascii_strncasecmp (word, "www.", 4) == 0) ||
         g_strstr_len (word, len, "://") != NULL;
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

/* Appends the letters of one whitespace-separated word. */
static void
append_word (GString    *out,
             const char *word,
             gsize       len,
             guint      *n_letters)
{
  const char *end = word + len;
  gboolean gap = TRUE;

  if (word[0] == '@' || word[0] == '#' || word[0] == '>')
    return;
  if (memchr (word, '@', len) != NULL || is_url (word, len))
    return;

  for (const char *p = word; p < end; p = g_utf8_next_char (p))
    {
      gunichar c;

      /* ASCII, most of what we read, without the Unicode tables: the
       * same letters, lower case and apostrophe. */
      if ((guchar) *p < 0x80)
        {
          if (g_ascii_isalpha (*p))
            {
              if (gap && out->len > 0 && out->str[out->len - 1] != ' ')
                g_string_append_c (out, ' ');
              g_string_append_c (out, g_ascii_tolower (*p));
              (*n_letters)++;
              gap = FALSE;
            }
          else if (*p == '\'' && !gap && p + 1 < end)
            g_string_append_c (out, '\'');
          else
            gap = TRUE;
          continue;
        }

      c = g_utf8_get_char (p);
      if (g_unichar_isalpha (c))
        {
          char buf[6];
          int n = g_unichar_to_utf8 (g_unichar_tolower (c), buf);

          if (gap && out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          g_string_append_len (out, buf, n);
          (*n_letters)++;
          gap = FALSE;
        }
      else if (is_apostrophe (c) && !gap && p + 1 < end)
        {
          /* l'heure, dell'ordine: the fingerprints know these. */
          g_string_append_c (out, '\'');
        }
      else
        {
          gap = TRUE;
        }
    }

  if (out->len > 0 && out->str[out->len - 1] != ' ')
    g_string_append_c (out, ' ');
}

char *
fd_language_clean_text (const char *text,
                        guint      *n_letters)
{
  GString *out = g_string_new (NULL);
  const char *line = text;
  guint letters = 0;

  while (line != NULL && *line != '\0' && out->len < MAX_CLEAN_BYTES)
    {
      const char *eol = strchr (line, '\n');
      const char *end = eol != NULL ? eol : line + strlen (line);
      const char *p = line;

      while (p < end && (*p == ' ' || *p == '\t'))
        p++;

      /* Quoted lines are someone else's words, often ours. */
      if (p < end && *p != '>')
        {
          while (p < end)
            {
              const char *start;

              while (p < end && g_ascii_isspace (*p))
                p++;
              start = p;
              while (p < end && !g_ascii_isspace (*p))
                p++;
              if (p > start)
                append_word (out, start, p - start, &letters);
            }
        }

      line = eol != NULL ? eol + 1 : NULL;
    }

  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);

  if (n_letters != NULL)
    *n_letters = letters;

  return g_string_free (out, FALSE);
}

/* Detector */

/* Adds each word of @lists for the detector's languages to @table, as a
 * bit mask of the languages that have it. */
static void
add_words (FdLanguageDetector *self,
           GHashTable         *table,
           const CommonWords  *lists,
           guint               n_lists)
{
  for (guint i = 0; i < self->n_languages && i < 32; i++)
    for (guint j = 0; j < n_lists; j++)
      {
        g_auto(GStrv) list = NULL;

        if (!g_str_equal (lists[j].code, self->languages[i]))
          continue;

        list = g_strsplit (lists[j].words, " ", -1);
        for (guint k = 0; list[k] != NULL; k++)
          {
            guint mask;

            if (*list[k] == '\0')
              continue;
            mask = GPOINTER_TO_UINT (g_hash_table_lookup (table, list[k]));
            g_hash_table_insert (table, g_strdup (list[k]), GUINT_TO_POINTER (mask | (1u << i)));
          }
      }
}

FdLanguageDetector *
fd_language_detector_new (const char * const  *languages,
                          GError             **error)
{
  g_autoptr(FdLanguageDetector) self = g_new0 (FdLanguageDetector, 1);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();

  g_return_val_if_fail (languages != NULL, NULL);

  g_atomic_ref_count_init (&self->ref_count);

  for (guint i = 0; languages[i] != NULL; i++)
    {
      const char *code = fd_language_normalize (languages[i]);

      if (code == NULL)
        {
          g_set_error (error, FD_LANGUAGE_ERROR, FD_LANGUAGE_ERROR_UNKNOWN_LANGUAGE,
                       _("“%s” is not a language code. Use two-letter codes such as “en” or “es”."),
                       languages[i]);
          return NULL;
        }
      if (!g_ptr_array_find (codes, code, NULL))
        g_ptr_array_add (codes, (gpointer) code);
    }

  self->profiles = _fd_ngram_profiles_new (codes->len);
  self->languages = g_new0 (const char *, codes->len + 1);

  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      g_autofree char *file = g_strdup_printf ("%s.lm", code);
      g_autofree char *path = g_build_filename (FINGERPRINT_DIR, file, NULL);
      g_autoptr(GError) read_error = NULL;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        {
          if (!g_file_test (FINGERPRINT_DIR, G_FILE_TEST_IS_DIR))
            g_set_error (error, FD_LANGUAGE_ERROR, FD_LANGUAGE_ERROR_NO_DATA,
                         _("Language detection needs its data files in %s: install the package “libexttextcat-data”."),
                         FINGERPRINT_DIR);
          else
            g_set_error (error, FD_LANGUAGE_ERROR, FD_LANGUAGE_ERROR_UNKNOWN_LANGUAGE,
                         _("Language detection does not know %s (“%s”): there is no %s."),
                         fd_language_get_name (code), code, path);
          return NULL;
        }

      if (!_fd_ngram_profiles_add_file (self->profiles, path, MAX_NGRAMS, &read_error))
        {
          g_debug ("%s", read_error->message);
          g_set_error (error, FD_LANGUAGE_ERROR, FD_LANGUAGE_ERROR_NO_DATA,
                       _("Could not read the language data file %s: reinstall the package “libexttextcat-data”."),
                       path);
          return NULL;
        }

      self->languages[self->n_languages] = code;
      self->n_languages++;
    }

  self->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->close_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  add_words (self, self->words, common_words, G_N_ELEMENTS (common_words));
  add_words (self, self->close_words, common_words, G_N_ELEMENTS (common_words));
  add_words (self, self->close_words, close_words, G_N_ELEMENTS (close_words));

  return g_steal_pointer (&self);
}

FdLanguageDetector *
fd_language_detector_ref (FdLanguageDetector *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
fd_language_detector_unref (FdLanguageDetector *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  _fd_ngram_profiles_free (self->profiles);
  g_free (self->languages);
  g_clear_pointer (&self->words, g_hash_table_unref);
  g_clear_pointer (&self->close_words, g_hash_table_unref);
  g_free (self);
}

const char * const *
fd_language_detector_get_languages (FdLanguageDetector *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->languages;
}

static int
index_of (FdLanguageDetector *self,
          const char         *code)
{
  for (guint i = 0; code != NULL && i < self->n_languages; i++)
    if (self->languages[i] == code)
      return (int) i;
  return -1;
}

/* Calls @func with the mask @table has for each word of @clean (0 for
 * a word it lacks). Returns the number of words. */
static guint
foreach_word (GHashTable *table,
              const char *clean,
              void      (*func) (guint mask, gpointer data),
              gpointer    data)
{
  char word[32];
  guint n_words = 0;
  const char *p = clean;

  while (*p != '\0')
    {
      const char *start = p;
      gsize len;

      while (*p != '\0' && *p != ' ' && *p != '\'')
        p++;
      len = p - start;
      if (*p != '\0')
        p++;
      if (len == 0)
        continue;

      n_words++;
      if (len < sizeof word)
        {
          memcpy (word, start, len);
          word[len] = '\0';
          func (GPOINTER_TO_UINT (g_hash_table_lookup (table, word)), data);
        }
      else
        func (0, data);
    }

  return n_words;
}

static void
count_hit (guint    mask,
           gpointer data)
{
  guint *hits = data;

  for (guint i = 0; mask != 0; i++, mask >>= 1)
    if (mask & 1)
      hits[i]++;
}

/* Counts, per language, the words of @clean that are among its most
 * common ones. Returns the number of words. */
static guint
count_common_words (FdLanguageDetector *self,
                    const char         *clean,
                    guint              *hits)
{
  return foreach_word (self->words, clean, count_hit, hits);
}

typedef struct {
  guint  candidates;   /* bit mask of the close languages */
  guint *exclusive;    /* per language: words only it has among them */
} CloseCount;

static void
count_exclusive (guint    mask,
                 gpointer data)
{
  CloseCount *count = data;

  mask &= count->candidates;
  /* One bit set: a word of one close language and of none of the others. */
  if (mask != 0 && (mask & (mask - 1)) == 0)
    count->exclusive[g_bit_nth_lsf (mask, -1)]++;
}

/* The n-gram profiles of Spanish and Catalan, or Spanish and Portuguese,
 * are nearly as close to a short message as to each other. Between the
 * languages within CLOSE_MARGIN of the best, the words that only one of
 * them uses among its frequent words decide: "hacéis", "envíos" and
 * "solo" are Spanish where Catalan says "feu", "enviaments" and "només". */
static void
close_language_check (FdLanguageDetector *self,
                      const char         *clean,
                      double             *scores)
{
  g_autofree guint *exclusive = g_new0 (guint, self->n_languages);
  CloseCount count = { 0, exclusive };
  double best = G_MAXDOUBLE;
  guint n_close = 0;

  for (guint i = 0; i < self->n_languages; i++)
    best = MIN (best, scores[i]);
  for (guint i = 0; i < self->n_languages && i < 32; i++)
    if (scores[i] - best <= CLOSE_MARGIN)
      {
        count.candidates |= 1u << i;
        n_close++;
      }
  if (n_close < 2)
    return;

  foreach_word (self->close_words, clean, count_exclusive, &count);
  for (guint i = 0; i < self->n_languages && i < 32; i++)
    scores[i] -= CLOSE_WEIGHT * exclusive[i];
}

/* The language whose common words make up a good share of @n_words, at
 * least DECISIVE_RATIO times those of any other; -1 when none does. */
static int
decisive_language (FdLanguageDetector *self,
                   const guint        *hits,
                   guint               n_words)
{
  int best = -1;
  guint second = 0;

  if (n_words < DECISIVE_MIN_WORDS)
    return -1;

  for (guint i = 0; i < self->n_languages; i++)
    {
      if (best < 0 || hits[i] > hits[best])
        {
          if (best >= 0)
            second = hits[best];
          best = (int) i;
        }
      else if (hits[i] > second)
        second = hits[i];
    }

  if (best < 0 || hits[best] < DECISIVE_MIN_HITS ||
      hits[best] * 4 < n_words ||
      hits[best] < second * DECISIVE_RATIO)
    return -1;

  return best;
}

struct _FdLanguageScores
{
  FdLanguageDetector *detector;  /* not owned: only compared */
  guint               n_letters;
  gboolean            enough;    /* enough letters to judge by the text */
  double              scores[];  /* one per language of the detector */
};

FdLanguageScores *
fd_language_detector_score (FdLanguageDetector *self,
                            const char         *text)
{
  g_autofree char *clean = NULL;
  g_autofree guint *hits = NULL;
  g_autofree int *distances = NULL;
  FdLanguageScores *out;
  guint n_letters = 0;
  guint n_words;
  double max_distance = 0;
  int winner;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_malloc0 (sizeof (FdLanguageScores) + sizeof (double) * self->n_languages);
  out->detector = self;

  clean = fd_language_clean_text (text != NULL ? text : "", &n_letters);
  out->n_letters = n_letters;

  if (n_letters < MIN_LETTERS || self->n_languages == 0)
    return out;

  hits = g_new0 (guint, self->n_languages);
  n_words = count_common_words (self, clean, hits);

  /* Enough common words of one language and few of any other settle it
   * without the n-gram profile, which costs most of the time. */
  winner = decisive_language (self, hits, n_words);
  if (winner >= 0)
    {
      for (guint i = 0; i < self->n_languages; i++)
        out->scores[i] = ((int) i == winner ? 0.0 : 1.0) - WORD_WEIGHT * hits[i] / n_words;
      out->enough = TRUE;
      return out;
    }

  distances = g_new (int, self->n_languages);
  if (!_fd_ngram_profiles_distances (self->profiles, clean, MAX_TEXT_NGRAMS, MAX_OUT_OF_PLACE, distances))
    return out;

  /* Out-of-place distance, 0 (same profile) to 1 (nothing in common),
   * less a bonus for the share of common words. */
  for (guint i = 0; i < self->n_languages; i++)
    {
      max_distance = MAX (max_distance, distances[i]);
      out->scores[i] = distances[i];
    }

  for (guint i = 0; i < self->n_languages; i++)
    out->scores[i] = out->scores[i] / MAX (max_distance, 1) - WORD_WEIGHT * hits[i] / MAX (n_words, 1);

  close_language_check (self, clean, out->scores);

  out->enough = TRUE;
  return out;
}

void
fd_language_scores_free (FdLanguageScores *scores)
{
  g_free (scores);
}

gboolean
fd_language_detector_decide (FdLanguageDetector     *self,
                             const FdLanguageScores *scores_in,
                             const char             *hint,
                             const char             *prior,
                             FdLanguageResult       *result)
{
  const double *scores = scores_in->scores;
  const char *hint_code = fd_language_normalize (hint);
  const char *prior_code = fd_language_normalize (prior);
  guint n_letters = scores_in->n_letters;
  int best = -1, second = -1;
  double gap;
  int idx;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (scores_in != NULL && scores_in->detector == self, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  memset (result, 0, sizeof *result);
  result->n_letters = n_letters;

  if (!scores_in->enough)
    goto no_answer;

  for (guint i = 0; i < self->n_languages; i++)
    {
      if (best < 0 || scores[i] < scores[best])
        {
          second = best;
          best = (int) i;
        }
      else if (second < 0 || scores[i] < scores[second])
        second = (int) i;
    }

  if (second < 0)
    {
      result->lang = self->languages[best];
      result->confidence = 1.0;
      result->source = FD_LANGUAGE_SOURCE_TEXT;
      return TRUE;
    }

  gap = scores[second] - scores[best];
  result->runner_up = self->languages[second];
  /* Short texts have noisy distances: the same gap means less. */
  result->confidence = CLAMP (gap / (MIN_GAP * 4), 0.0, 1.0) * MIN (1.0, n_letters / 40.0);

  /* The channel's hint wins unless the text clearly disagrees. */
  if (hint_code != NULL)
    {
      idx = index_of (self, hint_code);
      if (idx < 0 || scores[idx] - scores[best] <= HINT_MARGIN)
        {
          result->lang = hint_code;
          result->source = FD_LANGUAGE_SOURCE_HINT;
          if (idx >= 0 && idx != best)
            result->runner_up = self->languages[best];
          return TRUE;
        }
    }

  if (prior_code != NULL && (idx = index_of (self, prior_code)) >= 0 && idx != best &&
      scores[idx] - scores[best] <= PRIOR_MARGIN)
    {
      result->lang = prior_code;
      result->runner_up = self->languages[best];
      result->source = FD_LANGUAGE_SOURCE_PRIOR;
      return TRUE;
    }

  /* A short post needs a clearer lead: two words can look like anything. */
  if (gap < (n_letters < SHORT_LETTERS ? MIN_GAP * SHORT_FACTOR : MIN_GAP))
    {
      if (prior_code != NULL && prior_code == self->languages[best])
        {
          result->lang = prior_code;
          result->source = FD_LANGUAGE_SOURCE_PRIOR;
          return TRUE;
        }
      result->runner_up = NULL;
      result->confidence = 0.0;
      return FALSE;
    }

  result->lang = self->languages[best];
  result->source = FD_LANGUAGE_SOURCE_TEXT;
  return TRUE;

no_answer:
  /* Too little text: trust the channel, which knows what the author set. */
  if (hint_code != NULL)
    {
      result->lang = hint_code;
      result->source = FD_LANGUAGE_SOURCE_HINT;
      return TRUE;
    }
  return FALSE;
}

gboolean
fd_language_detector_detect (FdLanguageDetector *self,
                             const char         *text,
                             const char         *hint,
                             const char         *prior,
                             FdLanguageResult   *result)
{
  g_autoptr(FdLanguageScores) scores = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  scores = fd_language_detector_score (self, text);
  return fd_language_detector_decide (self, scores, hint, prior, result);
}

/* Work done on an importer's parse thread, before the message reaches the
 * writer: the expensive half of detection. */
void
_fd_language_precompute (FdParsedMessage *msg)
{
  g_autoptr(FdLanguageDetector) detector = fd_language_get_default_detector (NULL);

  if (detector == NULL || msg->text == NULL || msg->language_scores != NULL)
    return;

  msg->language_scores = fd_language_detector_score (detector, msg->text);
}

/* The shared detector */

FdLanguageDetector *
fd_language_get_default_detector (GError **error)
{
  FdLanguageDetector *detector = NULL;

  g_mutex_lock (&default_lock);
  if (default_detector == NULL && default_error == NULL)
    {
      g_auto(GStrv) languages = NULL;
      const char *env = g_getenv ("FRONTDESK_LANGUAGES");

      if (env != NULL && *env != '\0')
        languages = g_strsplit_set (env, ", ", -1);
      else
        languages = fd_language_get_default_languages ();

      /* g_strsplit_set() leaves empty strings between separators. */
      {
        guint j = 0;
        for (guint i = 0; languages[i] != NULL; i++)
          {
            if (*languages[i] != '\0')
              languages[j++] = languages[i];
            else
              g_free (languages[i]);
          }
        languages[j] = NULL;
      }

      default_detector = fd_language_detector_new ((const char * const *) languages, &default_error);
      if (default_error != NULL)
        g_warning ("Language detection is off: %s", default_error->message);
    }
  if (default_detector != NULL)
    detector = fd_language_detector_ref (default_detector);
  else if (error != NULL)
    *error = g_error_copy (default_error);
  g_mutex_unlock (&default_lock);

  return detector;
}

gboolean
fd_language_set_business_languages (const char * const  *languages,
                                    GError             **error)
{
  FdLanguageDetector *detector = NULL;
  FdLanguageDetector *old;

  if (languages != NULL && (detector = fd_language_detector_new (languages, error)) == NULL)
    return FALSE;

  g_mutex_lock (&default_lock);
  old = default_detector;
  default_detector = detector;
  g_clear_error (&default_error);
  g_mutex_unlock (&default_lock);

  g_clear_pointer (&old, fd_language_detector_unref);
  return TRUE;
}

/* On import */

gboolean
_fd_language_tag_message (FdStore                *store,
                          const FdParsedMessage  *msg,
                          gint64                  customer_id,
                          const char            **out_lang,
                          GError                **error)
{
  g_autoptr(FdLanguageDetector) detector = NULL;
  FdLanguageResult result;
  const char *prior = NULL;
  gint64 prior_n = 0;
  sqlite3_stmt *stmt;
  int rc;

  *out_lang = fd_language_normalize (msg->lang);

  if ((detector = fd_language_get_default_detector (NULL)) == NULL)
    return TRUE;

  if (customer_id > 0)
    {
      stmt = _fd_store_prepare (store,
                                "SELECT c.lang, coalesce((SELECT n FROM customer_languages"
                                " WHERE customer_id = c.id AND lang = c.lang), 0)"
                                " FROM customers c WHERE c.id = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, customer_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          prior = fd_language_normalize ((const char *) sqlite3_column_text (stmt, 0));
          prior_n = sqlite3_column_int64 (stmt, 1);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return _fd_store_set_error (fd_store_get_db (store), rc, error);
    }

  if (msg->language_scores != NULL &&
      ((FdLanguageScores *) msg->language_scores)->detector == detector)
    {
      if (!fd_language_detector_decide (detector, msg->language_scores, *out_lang, prior, &result))
        return TRUE;
    }
  else if (!fd_language_detector_detect (detector, msg->text, *out_lang, prior, &result))
    return TRUE;
  *out_lang = result.lang;

  /* Only what customers wrote makes their usual language. */
  if (customer_id > 0 && msg->direction == FD_DIRECTION_IN)
    {
      gint64 n;

      stmt = _fd_store_prepare (store,
                                "INSERT INTO customer_languages (customer_id, lang, n) VALUES (?, ?, 1)"
                                " ON CONFLICT DO UPDATE SET n = n + 1 RETURNING n", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, customer_id);
      sqlite3_bind_text (stmt, 2, result.lang, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      n = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW)
        return _fd_store_set_error (fd_store_get_db (store), rc, error);

      if (result.lang != prior && n > prior_n)
        {
          stmt = _fd_store_prepare (store, "UPDATE customers SET lang = ? WHERE id = ?", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, result.lang, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 2, customer_id);
          rc = sqlite3_step (stmt);
          sqlite3_reset (stmt);
          if (rc != SQLITE_DONE)
            return _fd_store_set_error (fd_store_get_db (store), rc, error);
        }
    }

  return TRUE;
}

const char *
fd_language_get_customer_language (FdStore  *store,
                                   gint64    customer_id,
                                   GError  **error)
{
  const char *lang = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  stmt = _fd_store_prepare (store, "SELECT lang FROM customers WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, customer_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    lang = fd_language_normalize ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    _fd_store_set_error (fd_store_get_db (store), rc, error);

  return lang;
}
