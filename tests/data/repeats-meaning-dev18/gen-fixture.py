#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Labelled set of repeats in other words: posts to "Gearloft Bikes", a small
online shop for bicycle parts and accessories (saddles, lights, locks, tyres,
e-bike batteries, a yearly servicing plan), on email, Mastodon and Bluesky, in
eight languages.

The posts were written without sight of the detector, its lexicon or the other
sets' wording, as customers of such a shop would write them. The labels say
what a person reading the posts would say (same customer, same complaint again
within 7 days, or not); they were never edited to fit the detector.

30 true repeat groups (25 pairs, 5 triples), 10 of them across two channels
(5 known by a profile link, 5 by the same display name only), labelled
negatives (follow-up, other-complaint, other-customer, window) and one-off
questions as filler. Running it writes fixture.jsonl and labels.json next to
it; the output is deterministic.
"""
import os
import sys
from datetime import datetime, timezone

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 1, 26, 8, 15, tzinfo=timezone.utc)
E, M, B = "email", "mastodon", "bluesky"

s = LabelledSet(BASE, "gl", "help@gearloft.example", "@gearloft@velo.social",
                "gearloft.bsky.social", "Gearloft Bikes")
add, reply, rid, group, neg = s.add, s.reply, s.rid, s.group, s.negative


def mail_reply(key, text, hours, lang):
    """The shop answers a mail; returns the answer's key."""
    return reply(E, text, hours, rid(key), rid(key), lang)


def mail_again(first, shop_answer, author, text, hours, lang, subject, name=None, links=None):
    """The customer's next mail in the thread of @first."""
    return add(E, author, text, hours, lang=lang, subject=subject, name=name, links=links,
               thread=rid(first), in_reply_to=rid(shop_answer) if shop_answer else rid(first))


# ---------------------------------------------------------------- English
# 1: late delivery, mail thread, non-committal answer, then two nudges
a = add(E, "tom.hargreaves@postbox.example",
        "Hi there,\n\nI ordered the Lumo 800 front light + the rear set on the 19th (order #41230) and "
        "the tracking hasn't moved since it said 'label created'. It's been a week now. Could you check "
        "what's going on? I commute in the dark so I actually need these.\n\nCheers,\nTom",
        2, lang="en", subject="Order 41230 not shipped?", name="Tom Hargreaves")
r = mail_reply(a, "Hi Tom, thanks for getting in touch. We're looking into it with the courier and will "
               "get back to you shortly.\n\nBest,\nNiamh @ Gearloft", 6, "en")
b = mail_again(a, r, "tom.hargreaves@postbox.example",
               "Hi Niamh, any news? Tracking still says label created. Been riding home with my phone torch "
               "taped to the bars which is... not ideal.\nTom", 50, "en", "Re: Order 41230 not shipped?",
               name="Tom Hargreaves")
c = mail_again(a, r, "tom.hargreaves@postbox.example",
               "Still nothing. 10 days for a bike light. If it hasn't actually left your warehouse just tell "
               "me and refund me, I'll buy one locally.", 122, "en", "Re: Order 41230 not shipped?",
               name="Tom Hargreaves")
group("en", "one identity", a, b, c)

# 2: e-bike battery won't charge, mastodon, sarcastic repeat
a = add(M, "@spokeygrace@cycling.social",
        "@gearloft@velo.social the 36V 13Ah battery I got from you two weeks ago won't take a charge anymore. "
        "Charger light goes green after like 5 min and the battery shows 1 bar. Tried another outlet. Help?",
        20, lang="en", name="Grace O.")
b = add(M, "@spokeygrace@cycling.social",
        "love spending £389 on a very heavy paperweight. @gearloft@velo.social still waiting for someone to "
        "tell me what to do about this battery",
        70, lang="en", name="Grace O.")
group("en", "one identity", a, b)

# 3: double charge, email then bluesky with profile link
a = add(E, "priya.n@quickmail.example",
        "Hello,\n\nMy card was charged twice for the same order (GL-41377, Brooks-style leather saddle, "
        "£84.99). Two identical transactions on 27 Jan on my statement. Please refund one of them.\n\n"
        "Thanks,\nPriya Nair", 28, lang="en", subject="Charged twice", name="Priya Nair")
r = mail_reply(a, "Hi Priya, sorry about that! We've passed this to our payments team and will update you.",
               33, "en")
b = add(B, "priyacycles.bsky.social",
        "emailed @gearloft.bsky.social 4 days ago about being charged TWICE for one saddle and it's still "
        "sitting on my statement. 85 quid is not nothing lads",
        124, lang="en", name="Priya N", links=["priya.n@quickmail.example"])
group("en", "profile link", a, b)
s.same_person.append(["email:priya.n@quickmail.example", "bluesky:priyacycles.bsky.social"])

# 4: coupon not applied, bluesky
a = add(B, "ollie-rides.bsky.social",
        "@gearloft.bsky.social your WINTER15 code doesn't work at checkout?? says 'not valid for items in "
        "your basket' but it's just a lock and some tyre levers",
        40, lang="en")
b = add(B, "ollie-rides.bsky.social",
        "tried WINTER15 again on my phone and laptop, same error. is the code actually live or",
        47, lang="en")
group("en", "one identity", a, b)

# 5: servicing plan cancelled but still billed, email then mastodon, same name only
a = add(E, "d.kowalczyk@fastmail.example",
        "Hi,\n\nI cancelled my yearly servicing plan back in December (got a confirmation email and "
        "everything) but I've just been charged £59 again for the renewal. Can you reverse this please?\n\n"
        "Dominik Kowalczyk", 55, lang="en", subject="Charged for cancelled service plan",
        name="Dominik Kowalczyk")
b = add(M, "@dkow@mastodon.example",
        "Hey @gearloft@velo.social, I cancelled the service plan in December and you still took the renewal "
        "money. Sent an email Wednesday, nothing back. Who do I talk to?",
        148, lang="en", name="Dominik Kowalczyk")
group("en", "same name only", a, b)
s.same_person.append(["email:d.kowalczyk@fastmail.example", "mastodon:@dkow@mastodon.example"])

# ---------------------------------------------------------------- Spanish
# 6: delivered but not received, mail thread
a = add(E, "lucia.bermejo@correo.example",
        "Hola buenas,\n\nel seguimiento del pedido nº 41288 pone ENTREGADO desde ayer a las 13:02 pero yo no "
        "he recibido nada, estuve en casa toda la mañana y el portero tampoco tiene nada. Es un casco y una "
        "luz trasera.\n\nUn saludo,\nLucía", 30, lang="es", subject="Pedido entregado pero no recibido",
        name="Lucía Bermejo")
r = mail_reply(a, "Hola Lucía, lo sentimos mucho. Estamos revisándolo con la empresa de transporte y te "
               "decimos algo en cuanto sepamos más.", 34, "es")
b = mail_again(a, r, "lucia.bermejo@correo.example",
               "Hola otra vez. Han pasado tres dias y sigo sin casco ni respuesta. El transportista dice que "
               "lo dejó \"en buzón\" — un casco en un buzón?? Necesito que me lo reenvieis o me devolvais el "
               "dinero.", 104, "es", "RE: Pedido entregado pero no recibido", name="Lucía Bermejo")
group("es", "one identity", a, b)

# 7: wrong tyre size, mastodon
a = add(M, "@pacogravel@mastodon.example",
        "@gearloft@velo.social me habéis mandado las cubiertas en 700x28 y pedí 700x35 para la gravel. "
        "Pedido 41302. Cómo hacemos el cambio?", 60, lang="es")
b = add(M, "@pacogravel@mastodon.example",
        "@gearloft@velo.social sigo con unas ruedas de carretera que no me sirven pa nada... alguien me "
        "dice algo del cambio de las cubiertas o no??", 132, lang="es")
group("es", "one identity", a, b)

# 8: refund not received, bluesky -> email with profile link, triple
a = add(B, "marinalopezv.bsky.social",
        "@gearloft.bsky.social devolví el candado hace tres semanas y aún no me ha llegado el reembolso. "
        "¿Cuánto tarda esto?", 75, lang="es", name="Marina López")
b = add(B, "marinalopezv.bsky.social",
        "@gearloft.bsky.social hola?? lo del reembolso del candado, sigo esperando", 99, lang="es",
        name="Marina López")
c = add(E, "marina.lopez.v@correo.example",
        "Buenas tardes,\n\nos escribí por Bluesky el jueves (y otra vez el viernes) sin respuesta. Devolví el "
        "candado U Kryptolok (pedido 41105) el 5 de enero, tengo el justificante de Correos, y el dinero "
        "(42,90 €) sigue sin aparecer. Por favor, revisadlo.\n\nMarina López Vidal",
        148, lang="es", subject="Reembolso pendiente pedido 41105", name="Marina López Vidal",
        links=["marinalopezv.bsky.social"])
group("es", "profile link", a, b, c)
s.same_person.append(["bluesky:marinalopezv.bsky.social", "email:marina.lopez.v@correo.example"])

# 9: cannot log in, email
a = add(E, "jgarrido77@correo.example",
        "hola no puedo entrar en mi cuenta, le doy a recuperar contraseña y no me llega ningun correo (he "
        "mirado en spam). mi usuario es este mismo email\n\nJavier", 160, lang="es",
        subject="no puedo entrar", name="Javier Garrido")
b = add(E, "jgarrido77@correo.example",
        "Sigo sin poder acceder a la cuenta. El email de restablecer la contraseña no llega nunca. Quiero "
        "ver mis pedidos, podeis hacer algo??", 205, lang="es", subject="cuenta bloqueada / contraseña",
        name="Javier Garrido")
group("es", "one identity", a, b)

# ---------------------------------------------------------------- German
# 10: damaged saddle, mail thread, triple; shop asks for photo -> follow-up
a = add(E, "katrin.vogt@webpost.example",
        "Guten Tag,\n\nheute kam meine Bestellung 41251 an, der Sattel (Ergo Comfort, schwarz) hat einen "
        "ca. 3 cm langen Riss im Bezug, der Karton war auch eingedrückt. So kann ich den nicht benutzen.\n\n"
        "Mit freundlichen Grüßen\nKatrin Vogt", 8, lang="de", subject="Sattel beschädigt angekommen",
        name="Katrin Vogt")
r = mail_reply(a, "Hallo Frau Vogt, das tut uns leid. Könnten Sie uns bitte ein Foto vom Schaden schicken?",
               12, "de")
f = mail_again(a, r, "katrin.vogt@webpost.example",
               "Hallo, anbei die Fotos vom Riss und vom Karton.\nGruß K. Vogt", 14, "de",
               "AW: Sattel beschädigt angekommen", name="Katrin Vogt")
r2 = mail_reply(a, "Danke für die Fotos! Wir klären das intern und melden uns.", 20, "de")
b = mail_again(a, r2, "katrin.vogt@webpost.example",
               "Hallo nochmal, jetzt sind 4 Tage vergangen. Bekomme ich einen neuen Sattel oder nicht? Der "
               "kaputte liegt hier immer noch rum.", 104, "de", "AW: Sattel beschädigt angekommen",
               name="Katrin Vogt")
c = mail_again(a, r2, "katrin.vogt@webpost.example",
               "Ich warte immer noch auf eine Antwort wegen dem kaputten Sattel. Langsam wird's echt "
               "ärgerlich.", 150, "de", "AW: Sattel beschädigt angekommen", name="Katrin Vogt")
group("de", "one identity", a, b, c)
neg("follow-up", a, f, "sends the photos the shop asked for")

# 11: late delivery, mastodon -> email, same name only
a = add(M, "@radlmax@chaos.example",
        "@gearloft@velo.social Bestellung vom 20.1., immer noch nicht versendet. Was ist da los? Brauche "
        "die Bremsbeläge fürs Wochenende", 36, lang="de", name="Max Brandl")
b = add(E, "max.brandl@webpost.example",
        "Servus,\n\nhab euch schon auf Mastodon geschrieben: meine Bestellung (Nr. 41266, Bremsbeläge + "
        "Kette) ist nach einer Woche immer noch nicht raus. Könnt ihr mal nachschauen?\n\nMax Brandl",
        84, lang="de", subject="Bestellung 41266 noch nicht verschickt", name="Max Brandl")
group("de", "same name only", a, b)
s.same_person.append(["mastodon:@radlmax@chaos.example", "email:max.brandl@webpost.example"])

# 12: app crash, bluesky
a = add(B, "jule-faehrt.bsky.social",
        "@gearloft.bsky.social eure App stürzt bei mir jedes Mal ab, wenn ich in den Warenkorb gehe "
        "(Android 14, Pixel 7). Kann so nix bestellen", 90, lang="de")
b = add(B, "jule-faehrt.bsky.social",
        "App immer noch kaputt. Warenkorb antippen -> zack, weg. Update hat nix gebracht 🙄", 118, lang="de")
group("de", "one identity", a, b)

# 13: invoice error; the same customer later: other complaint (late)
a = add(E, "buchhaltung@fahrradwerk-kiel.example",
        "Sehr geehrte Damen und Herren,\n\nauf Ihrer Rechnung RE-2026-0193 fehlt unsere USt-IdNr., außerdem "
        "ist die Firmenanschrift falsch (Holtenauer Str. 12, nicht 21). Bitte stellen Sie eine korrigierte "
        "Rechnung aus.\n\nMit freundlichen Grüßen\nS. Petersen\nFahrradwerk Kiel", 26, lang="de",
        subject="Rechnung RE-2026-0193 fehlerhaft", name="Fahrradwerk Kiel")
b = add(E, "buchhaltung@fahrradwerk-kiel.example",
        "Sehr geehrte Damen und Herren,\n\nwir warten weiterhin auf die korrigierte Rechnung zu RE-2026-0193 "
        "(USt-IdNr. + Adresse). Ohne diese können wir nicht buchen.\n\nMfG\nS. Petersen", 170, lang="de",
        subject="Erinnerung: Rechnungskorrektur", name="Fahrradwerk Kiel")
group("de", "one identity", a, b)
o = add(E, "buchhaltung@fahrradwerk-kiel.example",
        "Guten Tag,\n\ndie Nachbestellung 41340 (10x Schlauch 28\", 5x Kettenöl) ist noch nicht bei uns "
        "eingetroffen, laut Sendungsverfolgung liegt sie seit Montag im Depot. Können Sie nachfragen?\n\n"
        "S. Petersen", 190, lang="de", subject="Lieferung 41340", name="Fahrradwerk Kiel")
neg("other-complaint", b, o, "same company, now a late delivery instead of the invoice")

# ---------------------------------------------------------------- French
# 14: lock delivered without keys, mail thread
a = add(E, "h.moreau@courriel.example",
        "Bonjour,\n\nj'ai recu l'antivol pliable (cde 41279) mais il n'y a aucune clé dans la boite. Du coup "
        "il est fermé et inutilisable. Pouvez vous m'envoyer les clés ?\n\nCdlt\nHélène Moreau", 44,
        lang="fr", subject="Antivol sans clés", name="Hélène Moreau")
r = mail_reply(a, "Bonjour Hélène, merci pour votre message, nous regardons cela et revenons vers vous.",
               49, "fr")
b = mail_again(a, r, "h.moreau@courriel.example",
               "Bonjour, toujours rien concernant les clés de l'antivol. Ça fait 5 jours que mon vélo reste "
               "attaché avec ma vieille chaîne...", 165, "fr", "RE: Antivol sans clés", name="Hélène Moreau")
group("fr", "one identity", a, b)

# 15: refund, mastodon
a = add(M, "@velotafeur_lyon@piaille.example",
        "@gearloft@velo.social bonjour, retour du pneu accepté le 22 janvier, toujours pas de remboursement "
        "sur ma carte. C'est normal ?", 100, lang="fr")
b = add(M, "@velotafeur_lyon@piaille.example",
        "Toujours pas vu la couleur de mon remboursement @gearloft@velo.social. 38 € c'est pas la mer à "
        "boire mais bon", 190, lang="fr")
group("fr", "one identity", a, b)

# 16: delivered but not received, email -> bluesky, profile link
a = add(E, "camille.r@courriel.example",
        "Bonjour,\n\nLe suivi Colissimo de ma commande 41318 indique \"livré\" mais je n'ai rien reçu, ni "
        "avis de passage ni rien. Les voisins non plus.\nMerci de faire le nécessaire.\n\nCamille Roux",
        64, lang="fr", subject="Colis marqué livré - non reçu", name="Camille Roux")
b = add(B, "camilleroux.bsky.social",
        "@gearloft.bsky.social j'ai envoyé un mail il y a 3 jours, mon colis est soi-disant livré mais je "
        "l'ai jamais eu. Quelqu'un lit les mails chez vous ?", 138, lang="fr", name="Camille",
        links=["camille.r@courriel.example"])
group("fr", "profile link", a, b)
s.same_person.append(["email:camille.r@courriel.example", "bluesky:camilleroux.bsky.social"])

# 17: promo code, bluesky
a = add(B, "bastien-vtt.bsky.social",
        "@gearloft.bsky.social le code BIENVENUE10 marche pas, il me dit code expiré alors que je viens de "
        "le recevoir par la newsletter", 180, lang="fr")
b = add(B, "bastien-vtt.bsky.social",
        "bon ben j'ai toujours pas mes 10% hein. code \"expiré\" le jour où vous l'envoyez, bravo",
        230, lang="fr")
group("fr", "one identity", a, b)

# ---------------------------------------------------------------- Portuguese
# 18: wrong battery model, email
a = add(E, "rui.carvalho@correio.example",
        "Boa tarde,\n\nencomendei a bateria 48V para quadro (encomenda 41290) e recebi a de 36V para "
        "bagageiro, que não encaixa na minha bicicleta. Como procedo para a troca?\n\nObrigado,\nRui "
        "Carvalho", 52, lang="pt", subject="Bateria errada - encomenda 41290", name="Rui Carvalho")
b = add(E, "rui.carvalho@correio.example",
        "Olá, volto a escrever porque não tive resposta. A bateria que me mandaram é o modelo errado (36V "
        "em vez de 48V). Preciso da certa, uso a bicicleta para ir trabalhar.\nRui", 150, lang="pt",
        subject="bateria modelo errado", name="Rui Carvalho")
group("pt", "one identity", a, b)

# 19: double charge, mastodon -> bluesky, same name only
a = add(M, "@anabeatriz@masto.example",
        "@gearloft@velo.social fui cobrada duas vezes pela mesma compra (kit de luzes), aparece 2x 34,90 "
        "no cartão. Podem ver isso?", 110, lang="pt", name="Ana Beatriz Souza")
b = add(B, "anabsouza.bsky.social",
        "oi @gearloft.bsky.social, ainda tô com a cobrança duplicada do kit de luzes no cartão, já falei "
        "no mastodon e nada", 178, lang="pt", name="Ana Beatriz Souza")
group("pt", "same name only", a, b)
s.same_person.append(["mastodon:@anabeatriz@masto.example", "bluesky:anabsouza.bsky.social"])

# 20: return label not received, email, triple
a = add(E, "joana.f.mendes@correio.example",
        "Olá,\n\npedi a devolução do selim (encomenda #41244) há 3 dias e ainda não recebi a etiqueta de "
        "devolução por email. Podem reenviar?\n\nJoana", 12, lang="pt", subject="Etiqueta de devolução",
        name="Joana Mendes")
b = add(E, "joana.f.mendes@correio.example",
        "Bom dia, continuo sem a etiqueta para devolver o selim. Já vi no spam, nada.", 80, lang="pt",
        subject="Re: Etiqueta de devolução", name="Joana Mendes", thread=rid(a), in_reply_to=rid(a))
c = add(E, "joana.f.mendes@correio.example",
        "Sério, é a terceira vez que peço. Onde está a etiqueta de devolução?? O prazo para devolver está "
        "a acabar e a culpa não é minha.", 150, lang="pt", subject="Re: Etiqueta de devolução",
        name="Joana Mendes", thread=rid(a), in_reply_to=rid(b))
group("pt", "one identity", a, b, c)

# 21: late delivery, bluesky (Brazilian)
a = add(B, "pedalaleo.bsky.social",
        "@gearloft.bsky.social meu pedido 41331 tá parado faz 6 dias em \"em trânsito\". vai chegar quando? "
        "comprei os pneus pra uma prova no domingo", 200, lang="pt")
b = add(B, "pedalaleo.bsky.social",
        "nada ainda dos pneus. prova é depois de amanhã. valeu hein", 250, lang="pt")
group("pt", "one identity", a, b)

# ---------------------------------------------------------------- Italian
# 22: broken front light, mail thread
a = add(E, "giulia.ferri@posta.example",
        "Buongiorno,\n\nil fanale anteriore arrivato ieri (ordine 41262) ha il supporto per il manubrio "
        "spezzato, si vede che si è rotto durante la spedizione. Come facciamo?\n\nCordiali saluti\n"
        "Giulia Ferri", 38, lang="it", subject="Fanale arrivato rotto", name="Giulia Ferri")
r = mail_reply(a, "Gentile Giulia, ci scusiamo. Stiamo verificando e le faremo sapere al più presto.", 43,
               "it")
b = mail_again(a, r, "giulia.ferri@posta.example",
               "Buongiorno, sono passati 4 giorni e non ho più saputo niente del fanale rotto. Mi mandate "
               "un supporto nuovo o devo rispedire tutto?", 140, "it", "R: Fanale arrivato rotto",
               name="Giulia Ferri")
group("it", "one identity", a, b)

# 23: service plan billed, bluesky -> mastodon, same name only
a = add(B, "lorenzo-bici.bsky.social",
        "@gearloft.bsky.social ho disdetto il piano di manutenzione annuale a dicembre ma mi avete "
        "addebitato il rinnovo lo stesso. 59€. Mi restituite i soldi?", 210, lang="it", name="Lorenzo Galli")
b = add(M, "@lgalli@mastodon.example",
        "@gearloft@velo.social vi ho già scritto su bluesky: piano di manutenzione disdetto e rinnovo "
        "addebitato comunque. Nessuna risposta. Un po' di serietà", 280, lang="it", name="Lorenzo Galli")
group("it", "same name only", a, b)
s.same_person.append(["bluesky:lorenzo-bici.bsky.social", "mastodon:@lgalli@mastodon.example"])

# 24: rude courier, mastodon
a = add(M, "@fra_ciclista@mastodon.example",
        "@gearloft@velo.social il corriere che mi ha consegnato il pacco stamattina mi ha urlato contro "
        "perché ci ho messo 30 secondi ad aprire il portone e mi ha lanciato la scatola. Con chi lavorate?",
        66, lang="it")
b = add(M, "@fra_ciclista@mastodon.example",
        "ancora nessuna risposta sul corriere maleducato di mercoledì. la batteria era dentro quella scatola "
        "lanciata, giusto per dire", 128, lang="it")
group("it", "one identity", a, b)

# ---------------------------------------------------------------- Dutch
# 25: return label, email
a = add(E, "sanne.bakker@mailbox.example",
        "Hoi,\n\nIk wil het fietsslot (bestelling 41271) retourneren maar ik heb nog steeds geen retourlabel "
        "gekregen. Kunnen jullie die sturen?\n\nGroetjes, Sanne", 58, lang="nl", subject="retourlabel",
        name="Sanne Bakker")
b = add(E, "sanne.bakker@mailbox.example",
        "Hallo, nog steeds geen retourlabel ontvangen voor het slot. Hoe kan ik het nou terugsturen zonder "
        "label? Graag snel reactie.", 126, lang="nl", subject="Nog steeds geen retourlabel",
        name="Sanne Bakker")
group("nl", "one identity", a, b)

# 26: wrong colour grips, mastodon -> email, profile link
a = add(M, "@wouter_fietst@mastodon.example",
        "@gearloft@velo.social ik had de handvatten in zwart besteld en er zitten roze in het pakket 😅 "
        "leuk geprobeerd maar niet helemaal mijn stijl. Omruilen?", 92, lang="nl", name="Wouter")
b = add(E, "wouter.dekker@mailbox.example",
        "Goedemiddag,\n\nvia Mastodon al gemeld: ik kreeg roze handvatten i.p.v. zwarte (order 41299). Nog "
        "niks van jullie gehoord. Hoe regelen we dit?\n\nMvg Wouter Dekker", 160, lang="nl",
        subject="Verkeerde kleur handvatten", name="Wouter Dekker", links=["@wouter_fietst@mastodon.example"])
group("nl", "profile link", a, b)
s.same_person.append(["mastodon:@wouter_fietst@mastodon.example", "email:wouter.dekker@mailbox.example"])

# 27: late delivery, bluesky, triple
a = add(B, "eva-op-de-fiets.bsky.social",
        "@gearloft.bsky.social mijn e-bike accu zou dinsdag geleverd worden, nu is het vrijdag en track & "
        "trace zegt nog steeds 'aangemeld'. wat is er aan de hand?", 240, lang="nl")
b = add(B, "eva-op-de-fiets.bsky.social",
        "@gearloft.bsky.social en?? nog steeds geen accu", 262, lang="nl")
c = add(B, "eva-op-de-fiets.bsky.social",
        "accu nu 5 dagen te laat. ik fiets op spierkracht naar m'n werk, 14 km, bedankt gearloft 🙃",
        340, lang="nl")
group("nl", "one identity", a, b, c)

# ---------------------------------------------------------------- Catalan
# 28: missing part, email
a = add(E, "jordi.sole@correu.example",
        "Bon dia,\n\nhe rebut el portabicis (comanda 41285) però falten els cargols de fixació i una de les "
        "cintes. No el puc muntar.\n\nGràcies,\nJordi Solé", 46, lang="ca", subject="Falten peces",
        name="Jordi Solé")
b = add(E, "jordi.sole@correu.example",
        "Bon dia, us torno a escriure perquè encara no tinc els cargols del portabicis. Em podeu dir si els "
        "envieu o no?", 135, lang="ca", subject="Re: Falten peces", name="Jordi Solé",
        thread=rid(a), in_reply_to=rid(a))
group("ca", "one identity", a, b)

# 29: cannot log in, bluesky -> email, same name only
a = add(B, "nuriavidal.bsky.social",
        "@gearloft.bsky.social no puc entrar al meu compte, diu que la contrasenya és incorrecta i quan la "
        "vull canviar no m'arriba cap correu", 240, lang="ca", name="Núria Vidal")
b = add(E, "nvidal.bcn@correu.example",
        "Hola,\n\nus vaig escriure per Bluesky fa uns dies: segueixo sense poder accedir al compte, el correu "
        "per restablir la contrasenya no arriba mai. Què puc fer?\n\nNúria Vidal", 300, lang="ca",
        subject="No puc accedir al compte", name="Núria Vidal")
group("ca", "same name only", a, b)
s.same_person.append(["bluesky:nuriavidal.bsky.social", "email:nvidal.bcn@correu.example"])

# 30: tyre punctures, mastodon -> bluesky, profile link
a = add(M, "@pauciclista@mastodon.example",
        "@gearloft@velo.social les cobertes antipunxades que em vau vendre: dues punxades en una setmana. "
        "Antipunxades diuen... Es pot tornar?", 260, lang="ca", name="Pau")
b = add(B, "pau-roca.bsky.social",
        "@gearloft.bsky.social ho vaig preguntar per mastodon: les cobertes \"antipunxades\" ja porten 3 "
        "punxades. Ningú em diu res de si les puc tornar", 330, lang="ca", name="Pau Roca",
        links=["@pauciclista@mastodon.example"])
group("ca", "profile link", a, b)
s.same_person.append(["mastodon:@pauciclista@mastodon.example", "bluesky:pau-roca.bsky.social"])

# ---------------------------------------------------------------- Negatives
# follow-up: the shop asked for the order number
a = add(E, "megan.price@postbox.example",
        "Hi, my rear light stopped working after 2 rides, it won't turn on at all even fully charged. Can I "
        "get a replacement?\nMegan", 16, lang="en", subject="Rear light dead", name="Megan Price")
r = mail_reply(a, "Hi Megan, sorry to hear that. Could you send us your order number so we can sort it?",
               19, "en")
f = mail_again(a, r, "megan.price@postbox.example", "Sure, it's 41215. Thanks!", 21, "en",
               "Re: Rear light dead", name="Megan Price")
neg("follow-up", a, f, "gives the order number the shop asked for")

a = add(E, "carlos.ibanez@correo.example",
        "Hola, el sillín que me llegó tiene una costura descosida en el lateral. Lo puedo cambiar?\nCarlos",
        68, lang="es", subject="Sillín defectuoso", name="Carlos Ibáñez")
r = mail_reply(a, "Hola Carlos, claro. ¿Nos puedes mandar una foto y el número de pedido?", 72, "es")
f = mail_again(a, r, "carlos.ibanez@correo.example",
               "Ahí va la foto. El pedido es el 41297. Gracias por la rapidez", 74, "es", "RE: Sillín defectuoso",
               name="Carlos Ibáñez")
neg("follow-up", a, f, "sends the photo and order number the shop asked for")

a = add(E, "manon.girard@courriel.example",
        "Bonjour, ma commande 41310 est arrivée sans la notice de montage du garde-boue. Vous l'avez en PDF ?",
        112, lang="fr", subject="Notice garde-boue", name="Manon Girard")
f = add(E, "manon.girard@courriel.example",
        "PS : c'est le modèle SKS 45 mm, si ça peut aider.", 113, lang="fr", subject="Re: Notice garde-boue",
        name="Manon Girard", thread=rid(a), in_reply_to=rid(a))
neg("follow-up", a, f, "adds the model of the mudguard")

a = add(E, "marco.rinaldi@posta.example",
        "Salve, ho ricevuto un lucchetto con la combinazione bloccata, non si apre con 0000 come scritto nel "
        "foglietto.", 170, lang="it", subject="Lucchetto non si apre", name="Marco Rinaldi")
r = mail_reply(a, "Buongiorno Marco, può indicarci il numero d'ordine e il modello del lucchetto?", 174, "it")
f = mail_again(a, r, "marco.rinaldi@posta.example",
               "Ordine n. 41322, modello Combi 4 nero. Grazie", 176, "it", "R: Lucchetto non si apre",
               name="Marco Rinaldi")
neg("follow-up", a, f, "answers with the order number and model the shop asked for")

a = add(E, "lotte.jansen@mailbox.example",
        "Hallo, de achterband die ik kreeg heeft een bult in de zijwand. Is dat normaal?\nLotte", 220, lang="nl",
        subject="achterband met bult", name="Lotte Jansen")
r = mail_reply(a, "Hoi Lotte, dat is niet normaal. Kun je een foto sturen?", 223, "nl")
f = mail_again(a, r, "lotte.jansen@mailbox.example", "Hierbij de foto, de bult zit vlak bij het ventiel.", 226,
               "nl", "Re: achterband met bult", name="Lotte Jansen")
neg("follow-up", a, f, "sends the photo the shop asked for")

# other-complaint: same customer, different complaint
a = add(E, "h.oconnor@postbox.example",
        "Hello, my order 41236 is three days late according to your delivery estimate, any idea where it is?\n"
        "Harriet", 24, lang="en", subject="Where is 41236", name="Harriet O'Connor")
o = add(E, "h.oconnor@postbox.example",
        "Hi again, the parcel finally came (thanks) but the invoice inside has the wrong VAT number and my "
        "old address. Could you send a corrected one?\nHarriet", 96, lang="en",
        subject="Invoice for 41236 wrong", name="Harriet O'Connor")
neg("other-complaint", a, o, "same order: first late, then an invoice error")

a = add(M, "@mtbmike@mastodon.example",
        "@gearloft@velo.social the app logs me out every time I close it, anyone else?", 140, lang="en")
o = add(M, "@mtbmike@mastodon.example",
        "@gearloft@velo.social also the 2.4 tyres I got are the wrong bead, folding instead of wire. order "
        "41349", 176, lang="en")
neg("other-complaint", a, o, "app logging out vs wrong tyre")

a = add(B, "lena-radelt.bsky.social",
        "@gearloft.bsky.social Paket ist heute angekommen, aber das Rücklicht fehlt, nur die Frontlampe drin",
        120, lang="de")
o = add(B, "lena-radelt.bsky.social",
        "@gearloft.bsky.social und warum wurde mir der Versand doppelt berechnet? 2x 4,90 auf der Abrechnung",
        150, lang="de")
neg("other-complaint", a, o, "missing rear light vs shipping charged twice")

a = add(E, "thiago.reis@correio.example",
        "Olá, a minha encomenda 41308 ainda não chegou, já passou o prazo. Obrigado", 90, lang="pt",
        subject="Encomenda atrasada", name="Thiago Reis")
o = add(E, "thiago.reis@correio.example",
        "Olá, chegou a encomenda mas o cadeado veio com o suporte partido. O que faço?", 170, lang="pt",
        subject="Cadeado com suporte partido", name="Thiago Reis")
neg("other-complaint", a, o, "same order: late, then damaged")

a = add(M, "@marta_bcn@mastodon.example",
        "@gearloft@velo.social el codi de descompte BICI20 no s'aplica a la cistella", 180, lang="ca")
o = add(M, "@marta_bcn@mastodon.example",
        "@gearloft@velo.social ara la web em peta quan vaig a pagar, error 500", 184, lang="ca")
neg("other-complaint", a, o, "coupon not applied vs site crashing at payment")

# other-customer: an outage
a = add(B, "kev-commutes.bsky.social",
        "@gearloft.bsky.social is the site down? getting a blank page at checkout", 226, lang="en")
o = add(M, "@roadie_jess@mastodon.example",
        "@gearloft@velo.social checkout page just shows nothing for me, can't pay", 227, lang="en")
neg("other-customer", a, o, "two customers hit by the same checkout outage")

# other-customer: a couple sharing one order
a = add(E, "stefan.huber@webpost.example",
        "Hallo, unsere Bestellung 41355 (zwei Helme) ist immer noch nicht da. Gruß Stefan Huber", 250, lang="de",
        subject="Bestellung 41355", name="Stefan Huber")
o = add(E, "petra.huber@webpost.example",
        "Guten Tag, mein Mann hat schon geschrieben, wir warten auf die Helme aus Bestellung 41355. Wann "
        "kommen die? Petra Huber", 262, lang="de", subject="Helme 41355", name="Petra Huber")
neg("other-customer", a, o, "husband and wife about the same shared order")

# other-customer: same complaint, different people
a = add(E, "eloise.martin@courriel.example",
        "Bonjour, ma commande n'est toujours pas arrivée, le transporteur parle de grève. Des nouvelles ?",
        270, lang="fr", subject="Retard livraison", name="Éloïse Martin")
o = add(M, "@cyclo_remi@piaille.example",
        "@gearloft@velo.social mon colis est bloqué à cause de la grève apparemment, vous savez quand ça "
        "repart ?", 275, lang="fr")
neg("other-customer", a, o, "two customers delayed by the same carrier strike")

a = add(B, "nico-pedal.bsky.social",
        "@gearloft.bsky.social jullie app crasht bij het inloggen sinds de update", 290, lang="nl")
o = add(B, "fietsfanaat-ruud.bsky.social",
        "@gearloft.bsky.social app crasht hier ook na de update, iPhone", 292, lang="nl")
neg("other-customer", a, o, "two customers with the same app crash after an update")

# other-customer: two different people sharing a display name on two channels
a = add(E, "marta.puig@correu.example",
        "Bon dia, no m'ha arribat la factura de la comanda 41360, la necessito per a l'empresa. Gràcies, Marta",
        300, lang="ca", subject="Factura", name="Marta Puig")
o = add(B, "martapuig.bsky.social",
        "@gearloft.bsky.social encara no tinc la factura de la meva comanda, la podeu enviar?", 306, lang="ca",
        name="Marta Puig")
neg("other-customer", a, o, "two different people named Marta Puig, each missing an invoice")
s.same_name_different_people.append(["email:marta.puig@correu.example", "bluesky:martapuig.bsky.social"])

a = add(M, "@jdevries@mastodon.example",
        "@gearloft@velo.social mijn bestelling met de koplamp is nog niet verzonden, al 5 dagen", 310, lang="nl",
        name="Jan de Vries")
o = add(E, "jan.devries.utrecht@mailbox.example",
        "Goedemorgen, mijn pakket (order 41371, fietsverlichting) is nog steeds niet onderweg. Kunt u dat "
        "nakijken? Jan de Vries, Utrecht", 318, lang="nl", subject="order 41371", name="Jan de Vries")
neg("other-customer", a, o, "two different men named Jan de Vries, both waiting for lights")
s.same_name_different_people.append(["mastodon:@jdevries@mastodon.example", "email:jan.devries.utrecht@mailbox.example"])

# window: the same complaint again more than 7 days later
a = add(E, "bill.turner@postbox.example",
        "Hi, still no refund for the returned pannier bag (order 41188). Bill", 4, lang="en",
        subject="Refund", name="Bill Turner")
o = add(E, "bill.turner@postbox.example",
        "Hello, writing again about my refund for the pannier bag. Where is it?", 250, lang="en",
        subject="Refund still missing", name="Bill Turner")
neg("window", a, o, "same refund complaint ten days later")

a = add(M, "@ciclista_ines@mastodon.example",
        "@gearloft@velo.social el pedido 41227 sigue sin llegar, alguna noticia?", 18, lang="es")
o = add(M, "@ciclista_ines@mastodon.example",
        "@gearloft@velo.social otra semana más y el pedido sin llegar. en serio?", 230, lang="es")
neg("window", a, o, "same late order nine days later")

a = add(B, "fabio-mtb.bsky.social",
        "@gearloft.bsky.social la app non mi fa accedere, dice credenziali errate", 60, lang="it")
o = add(B, "fabio-mtb.bsky.social",
        "@gearloft.bsky.social di nuovo non riesco ad entrare nell'app, credenziali errate", 290, lang="it")
neg("window", a, o, "same login problem about ten days later")

a = add(E, "bea.farinha@correio.example",
        "Olá, a luz traseira que comprei chegou com a lente rachada. Encomenda 41233.", 30, lang="pt",
        subject="Luz rachada", name="Beatriz Farinha")
o = add(E, "bea.farinha@correio.example",
        "Olá, ainda sobre a luz traseira com a lente rachada, alguma solução?", 260, lang="pt",
        subject="Luz traseira rachada", name="Beatriz Farinha")
neg("window", a, o, "same damaged light nine and a half days later")

# ---------------------------------------------------------------- Filler: one-off questions
add(E, "sam.whitfield@postbox.example",
    "Hi, do your clip-on mudguards fit 2.2\" tyres? Thanks, Sam", 10, lang="en",
    subject="Mudguard question", name="Sam Whitfield")
add(M, "@quietcadence@mastodon.example",
    "@gearloft@velo.social do you ship to Ireland? and roughly how long does it take", 35, lang="en")
add(B, "elbicicletero.bsky.social",
    "@gearloft.bsky.social tenéis baterías compatibles con motor Bafang?", 48, lang="es")
add(E, "irene.sastre@correo.example",
    "Hola, ¿el plan de mantenimiento anual incluye cambio de cadena o solo la revisión? Gracias", 78,
    lang="es", subject="Plan de mantenimiento", name="Irene Sastre")
add(M, "@bikepacker_jonas@chaos.example",
    "@gearloft@velo.social gibt's den Gel-Sattel auch in einer schmaleren Version?", 88, lang="de")
add(E, "f.schulte@webpost.example",
    "Hallo, bieten Sie auch Rechnungskauf an? Vielen Dank, F. Schulte", 144, lang="de",
    subject="Zahlungsarten", name="Frank Schulte")
add(B, "amelie-velo.bsky.social",
    "@gearloft.bsky.social vous faites des antivols agréés SRA ? pour l'assurance", 115, lang="fr")
add(E, "paul.lefevre@courriel.example",
    "Bonjour, est-ce que vous reprenez les anciennes batteries pour recyclage ? Merci", 196, lang="fr",
    subject="Recyclage batterie", name="Paul Lefèvre")
add(M, "@duarte_bike@masto.example",
    "@gearloft@velo.social os pneus de inverno chegam a Portugal em quantos dias?", 126, lang="pt")
add(B, "carla-pedala.bsky.social",
    "@gearloft.bsky.social vocês têm capacete infantil tamanho S?", 212, lang="pt")
add(E, "chiara.benedetti@posta.example",
    "Salve, le luci Lumo 800 sono omologate per l'uso su strada in Italia? Grazie, Chiara", 155, lang="it",
    subject="Omologazione luci", name="Chiara Benedetti")
add(M, "@ale_gravel@mastodon.example",
    "@gearloft@velo.social avete anche copertoni tubeless da 45?", 244, lang="it")
add(B, "bram-fietst.bsky.social",
    "@gearloft.bsky.social verkopen jullie ook kettingslot ART 4 sterren?", 102, lang="nl")
add(E, "ilse.vermeulen@mailbox.example",
    "Beste, kan ik mijn bestelling ook afhalen in plaats van laten bezorgen? Groet, Ilse", 204, lang="nl",
    subject="afhalen", name="Ilse Vermeulen")
add(M, "@arnau_bici@mastodon.example",
    "@gearloft@velo.social teniu llums amb port USB-C? les meves són micro-USB i estic fart", 164, lang="ca")
add(E, "laia.ferrer@correu.example",
    "Hola! Feu descompte per a clubs ciclistes? Som una colla de 12. Gràcies, Laia", 280, lang="ca",
    subject="Descompte clubs", name="Laia Ferrer")

here = os.path.dirname(os.path.abspath(__file__))
s.write(here, "Gearloft Bikes: repeats in other words, written without sight of the detector; "
             "labels are what a reader of the posts would say.")
