#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of repeats in other words: posts that customers of a small
garden furniture shop (Birchline Outdoor Furniture: benches, parasols,
hammocks, outdoor cushions) send by email, on Mastodon and on Bluesky, in
eight languages (en, es, de, fr, pt, it, nl, ca).

30 true repeat groups (25 pairs, 5 triples): the same customer raising the
same complaint again within 7 days, mostly in other words; 10 of them across
two channels (5 where the later author links the other identity, 5 known by
the same display name only). Labelled negatives: follow-ups that add what the
shop asked for, other complaints of the same customer, the same complaint by
other customers (including two display names shared by different people on
two channels), and the same complaint again after more than 7 days. Filler:
one-off questions of other customers.

The posts were written without sight of the detector, its lexicon or the
other labelled sets; the labels say what a person reading the posts would
say and were never edited to fit the detector.

Writes fixture.jsonl and labels.json next to this script; deterministic.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 6, 15, 8, 25, tzinfo=timezone.utc)
SHOP = "Birchline Outdoor Furniture"
S = LabelledSet(BASE, "bl", "hello@birchline.example", "@birchline@garden.social",
                "birchline.bsky.social", SHOP)
E, M, B = "email", "mastodon", "bluesky"
add, group, neg, reply, rid = S.add, S.group, S.negative, S.reply, S.rid


def link(a, b):
    S.same_person.append([a, b])


# ---------------------------------------------------------------- English

# G1: bench late, mail thread, non-committal answer, then the frustrated nudge.
dan = "dan.whitcombe@postbox.example"
g1a = add(E, dan, "Hi there,\n\nI ordered the Hollin 3-seater teak bench on the 2nd (order 58213) and "
          "the site said 5-7 working days. It's now been nearly two weeks and the tracking page just "
          "says 'label created'. Could you let me know what's happening?\n\nThanks,\nDan Whitcombe",
          3, lang="en", subject="Order 58213 - Hollin bench not arrived", name="Dan Whitcombe")
g1r = reply(E, "Hi Dan, thanks for getting in touch. We're looking into this with the courier and "
            "will get back to you as soon as we hear anything.\n\nBest, Ellie @ Birchline",
            7, rid(g1a), rid(g1a), "en")
g1b = add(E, dan, "Ellie,\n\nThat was four days ago. Still 'label created'. Still no bench. Is it "
          "actually coming or should I just ask for my money back? Getting a bit fed up tbh.\n\nDan",
          101, lang="en", subject="Re: Order 58213 - Hollin bench not arrived", name="Dan Whitcombe",
          thread=rid(g1a), in_reply_to=rid(g1r))
group("en", "one identity", g1a, g1b)
# Same customer, different complaint about the same order once it came.
o1 = add(E, dan, "Hello again - the bench finally turned up, thanks. Small thing: the invoice that came "
         "in the box is made out to 'D. Whitcomb' at my old address in Leeds, and I need it right for "
         "work expenses. Can you reissue it to Dan Whitcombe, 14 Garth Road, Harrogate HG2 7PL?\n\nCheers",
         148, lang="en", subject="Invoice for 58213 has wrong name/address", name="Dan Whitcombe")
neg("other-complaint", g1a, o1, "late bench, then a wrong name and address on the invoice of the same order")

# G2: triple on Mastodon, parasol crank broken.
mo = "@mossbank@toot.example"
g2a = add(M, mo, "@birchline@garden.social hey, my new Solway 3m parasol arrived today and the crank "
          "handle just spins, won't open past halfway. Something snapped inside I think. Bit gutted, "
          "it's meant to be 28 degrees this weekend \U0001F615", 20, lang="en", name="Moss")
g2b = add(M, mo, "@birchline@garden.social any chance of an answer on the parasol? Still stuck half "
          "open in my garden like a sad mushroom", 52, lang="en", name="Moss")
g2c = add(M, mo, "Third time asking @birchline@garden.social. Paid \u00a3189 for a parasol that doesn't "
          "open. Not even a 'we'll look into it'. Great customer service lads", 97, lang="en", name="Moss")
group("en", "one identity", g2a, g2b, g2c)

# G3: refund for returned hammock, email then Bluesky with a link to the mail address.
kez = "kerry.ashdown@webmail.example"
kezb = "kezashdown.bsky.social"
g3a = add(E, kez, "Hello,\n\nI sent back the Tarn rope hammock (ref BL-58177) on 8 June, Royal Mail "
          "tracked says it was delivered to your warehouse on the 10th. Your returns page says refunds "
          "take 3-5 days but I haven't seen anything back on my card yet. Can you check please?\n\n"
          "Kind regards\nKerry Ashdown", 30, lang="en", subject="Refund for returned hammock",
          name="Kerry Ashdown")
g3b = add(B, kezb, "emailed @birchline.bsky.social last week about the refund for the hammock I sent "
          "back. silence. you've had it since the 10th, where's my \u00a364", 150, lang="en",
          name="Kerry Ashdown", links=[kez])
group("en", "profile link", g3a, g3b)
link("email:" + kez, "bluesky:" + kezb)

# G4: double charge, Bluesky then Mastodon, same display name only.
prb = "priyaraman.bsky.social"
prm = "@priya_r@mastodon.example"
g4a = add(B, prb, "@birchline.bsky.social I've been charged twice for the same set of Fern seat pads - "
          "two lots of \u00a347.50 on my statement on the 16th. Only one order confirmation. Please sort",
          36, lang="en", name="Priya Raman")
g4b = add(M, prm, "@birchline@garden.social tried you on bluesky already - you took my money twice for "
          "one cushion order. Would like the extra 47.50 back please, it's not pocket change",
          88, lang="en", name="Priya Raman")
group("en", "same name only", g4a, g4b)
link("bluesky:" + prb, "mastodon:" + prm)

# G5: coupon not applied, Bluesky.
hb = "hattiebirdwatch.bsky.social"
g5a = add(B, hb, "hey @birchline.bsky.social the SUMMER15 code from your newsletter says 'not valid for "
          "items in your basket' on the Ashby swing seat?? newsletter didn't say any exclusions",
          170, lang="en", name="Hattie \U0001F426")
g5b = add(B, hb, "still can't get SUMMER15 to work, tried on phone and laptop. is the discount real or "
          "was it clickbait lol", 214, lang="en", name="Hattie \U0001F426")
group("en", "one identity", g5a, g5b)

# G6: password reset never arrives, mail (new mails, not a thread).
gw = "g.wrenfield@homemail.example"
g6a = add(E, gw, "Dear Sir/Madam,\n\nI am unable to log into my account. I have clicked 'Forgot password' "
          "several times but no reset email arrives (I have checked the junk folder). I would like to "
          "check the status of an order.\n\nYours faithfully,\nGeoffrey Wrenfield",
          250, lang="en", subject="Cannot access account", name="Geoffrey Wrenfield")
g6b = add(E, gw, "Dear Sir/Madam,\n\nFurther to my email of Thursday, I still cannot get into my account. "
          "The password link simply never comes. Could someone please reset it manually or telephone "
          "me on 01632 960 418.\n\nGeoffrey Wrenfield", 318, lang="en",
          subject="Still locked out of my account", name="Geoffrey Wrenfield")
group("en", "one identity", g6a, g6b)

# ---------------------------------------------------------------- Spanish

# G7: triple, "entregado" but not received, mail thread.
mc = "mcarmen.lozano@correo.example"
g7a = add(E, mc, "Hola buenas,\n\nEn la web me pone que el pedido n\u00ba 58266 (banco Hollin de 2 plazas) "
          "fue entregado ayer a las 13:40, pero yo estuve en casa toda la ma\u00f1ana y no ha venido nadie. "
          "Tampoco lo tiene el vecino ni el portero. \u00bfQu\u00e9 hago?\n\nUn saludo,\nM\u00aa Carmen",
          40, lang="es", subject="Pedido 58266 entregado pero no lo tengo", name="M\u00aa Carmen Lozano")
g7r = reply(E, "Hola M\u00aa Carmen, sentimos las molestias. Hemos abierto una incidencia con la agencia "
            "y estamos pendientes de su respuesta.\n\nUn saludo, equipo Birchline", 46, rid(g7a), rid(g7a), "es")
g7b = add(E, mc, "Hola, \u00bfhay alguna novedad? Sigo sin banco y la agencia dice que lo dej\u00f3 "
          "\"en destino\". Mi destino no es, eso seguro.", 90, lang="es",
          subject="Re: Pedido 58266 entregado pero no lo tengo", name="M\u00aa Carmen Lozano",
          thread=rid(g7a), in_reply_to=rid(g7r))
g7c = add(E, mc, "Buenos d\u00edas. Casi una semana y nadie me dice nada. Pagu\u00e9 219 euros por un banco "
          "que seg\u00fan vosotros tengo en casa y no lo tengo. Quiero una soluci\u00f3n ya, o me lo "
          "mand\u00e1is otra vez o me devolv\u00e9is el dinero.", 160, lang="es",
          subject="Re: Pedido 58266 entregado pero no lo tengo", name="M\u00aa Carmen Lozano",
          thread=rid(g7a), in_reply_to=rid(g7r))
group("es", "one identity", g7a, g7b, g7c)

# G8: wrong colour hammock, Mastodon then mail with a link to the Mastodon handle.
jv = "@javivalle@mastodon.example"
jve = "javier.valle.r@correo.example"
g8a = add(M, jv, "@birchline@garden.social pedi la hamaca Tarn en verde salvia y me ha llegado en "
          "naranja butano \U0001F605 pedido 58301. Como lo cambio??", 60, lang="es", name="Javi Valle")
g8b = add(E, jve, "Hola,\n\nOs escrib\u00ed por Mastodon el mi\u00e9rcoles y no he tenido respuesta. Me mandasteis "
          "la hamaca en naranja en vez de verde salvia. Necesito saber c\u00f3mo la devuelvo y cu\u00e1ndo "
          "me llega la buena, que la quer\u00eda para este finde.\n\nJavier Valle", 131, lang="es",
          subject="Hamaca color equivocado", name="Javier Valle", links=[jv])
group("es", "profile link", g8a, g8b)
link("mastodon:" + jv, "email:" + jve)

# G9: invoice with wrong tax number, Bluesky.
ta = "talleresaranda.bsky.social"
g9a = add(B, ta, "@birchline.bsky.social buenas, la factura FB-2026-0412 sale con el CIF mal (B-45... "
          "falta un digito) y asi no nos vale para contabilidad. Se puede corregir?", 75, lang="es",
          name="Talleres Aranda")
g9b = add(B, ta, "Seguimos esperando la factura corregida, la gestoria nos la pide para el trimestre. "
          "Gracias @birchline.bsky.social", 140, lang="es", name="Talleres Aranda")
group("es", "one identity", g9a, g9b)
o2 = add(B, ta, "Otra cosa @birchline.bsky.social, de los 6 cojines que pedimos para la terraza han "
         "llegado 5. Falta uno gris.", 146, lang="es", name="Talleres Aranda")
neg("other-complaint", g9a, o2, "wrong tax number on the invoice, then a cushion missing from the order")

# G10: faded cushions, Mastodon.
lu = "@lucia_huerto@red.example"
g10a = add(M, lu, "Compre 4 cojines Fern para el jard\u00edn hace un mes y ya est\u00e1n descoloridos, "
           "el azul parece gris. Pone 'resistente a UV' @birchline@garden.social... pues no",
           300, lang="es", name="Luc\u00eda")
g10b = add(M, lu, "@birchline@garden.social ni una respuesta sobre los cojines desteñidos? 35\u20ac cada uno "
           "para que duren un mes al sol", 356, lang="es", name="Luc\u00eda")
group("es", "one identity", g10a, g10b)

# ---------------------------------------------------------------- German

# G11: triple, parasol delivery late, mail thread.
hk = "h.kramer@posteo.example"
g11a = add(E, hk, "Guten Tag,\n\nich habe am 3. Juni den Ampelschirm Solway 3,5 m bestellt "
           "(Bestellung 58241). Angek\u00fcndigt war Lieferung bis 12.06., bis heute ist nichts "
           "gekommen und die Sendungsverfolgung zeigt seit Tagen keinen neuen Status.\n\nMit "
           "freundlichen Gr\u00fc\u00dfen\nHelga Kramer", 12, lang="de",
           subject="Bestellung 58241 - Lieferung \u00fcberf\u00e4llig", name="Helga Kramer")
g11r = reply(E, "Sehr geehrte Frau Kramer,\n\nvielen Dank f\u00fcr Ihre Nachricht. Wir haben beim "
             "Versanddienstleister nachgefragt und melden uns, sobald wir R\u00fcckmeldung haben.\n\n"
             "Viele Gr\u00fc\u00dfe\nIhr Birchline-Team", 26, rid(g11a), rid(g11a), "de")
g11b = add(E, hk, "Guten Tag,\n\nleider habe ich noch immer keine Nachricht von Ihnen und auch keinen "
           "Schirm. K\u00f6nnen Sie mir wenigstens sagen, wo das Paket ist?\n\nH. Kramer", 84,
           lang="de", subject="AW: Bestellung 58241 - Lieferung \u00fcberf\u00e4llig", name="Helga Kramer",
           thread=rid(g11a), in_reply_to=rid(g11r))
g11c = add(E, hk, "Jetzt reicht es mir langsam. Zehn Tage nach dem zugesagten Termin, kein Schirm, "
           "keine Antwort. Wenn bis Freitag nichts da ist, storniere ich und will mein Geld zur\u00fcck.",
           170, lang="de", subject="AW: Bestellung 58241 - Lieferung \u00fcberf\u00e4llig",
           name="Helga Kramer", thread=rid(g11a), in_reply_to=rid(g11r))
group("de", "one identity", g11a, g11b, g11c)

# G12: subscription cancelled but still billed, mail then Bluesky, same name only.
ja = "juergen.albrecht@gmx.example"
jab = "jalbrecht.bsky.social"
g12a = add(E, ja, "Hallo,\n\nich habe mein Birchline Kissenpflege-Abo am 28.05. gek\u00fcndigt (Best\u00e4tigung "
           "liegt vor), trotzdem wurden am 15.06. wieder 9,90 EUR per Lastschrift abgebucht. Bitte "
           "erstatten und das Abo wirklich beenden.\n\nGru\u00df\nJ\u00fcrgen Albrecht", 5, lang="de",
           subject="K\u00fcndigung Abo - trotzdem abgebucht", name="J\u00fcrgen Albrecht")
g12b = add(B, jab, "Abo gek\u00fcndigt, K\u00fcndigungsbest\u00e4tigung bekommen, Geld trotzdem weg. Mail "
           "an @birchline.bsky.social seit Tagen unbeantwortet. Toll.", 110, lang="de",
           name="J\u00fcrgen Albrecht")
group("de", "same name only", g12a, g12b)
link("email:" + ja, "bluesky:" + jab)

# G13: return label not received, Bluesky then Mastodon with a link to the Bluesky handle.
nb = "nilsbohr-gartenzwerg.bsky.social"
nm = "@nils@norden.example"
g13a = add(B, nb, "@birchline.bsky.social hab vor 3 tagen ne Retoure f\u00fcr die Hollin Bank angemeldet, "
           "das Retourenlabel sollte per mail kommen, kam aber nix (auch nicht im spam)", 180, lang="de",
           name="Nils")
g13b = add(M, nm, "@birchline@garden.social warte immer noch aufs Retourenlabel f\u00fcr die Bank. "
           "Die steht hier im Flur rum und ich komm kaum noch an mein Fahrrad ran \U0001F644",
           236, lang="de", name="Nils B.", links=[nb])
group("de", "profile link", g13a, g13b)
link("bluesky:" + nb, "mastodon:" + nm)

# G14: rude courier, Mastodon.
pe = "@petra_w@chaos.example"
g14a = add(M, pe, "Der Fahrer, der heute meine Birchline-Liege gebracht hat, hat mich angeschnauzt, "
           "weil ich nicht sofort unten war, und den Karton dann einfach in den Hof geworfen. "
           "@birchline@garden.social mit wem arbeitet ihr da zusammen?", 205, lang="de", name="Petra W.")
g14b = add(M, pe, "@birchline@garden.social nochmal wegen dem Paketfahrer von Dienstag: so ein Verhalten "
           "geht gar nicht. Bekomme ich eine Antwort oder ist euch das egal?", 262, lang="de", name="Petra W.")
group("de", "one identity", g14a, g14b)
o3 = add(M, pe, "Und jetzt wo ich die Liege ausgepackt hab: es fehlt die R\u00fcckenlehnen-Stange. "
         "@birchline@garden.social schickt ihr die nach?", 270, lang="de", name="Petra W.")
neg("other-complaint", g14a, o3, "rude courier, then a part missing from the same lounger")

# ---------------------------------------------------------------- French

# G15: triple, bench arrived damaged, mail (new mails).
cd = "claire.dumont@orange.example"
g15a = add(E, cd, "Bonjour,\n\nJ'ai re\u00e7u hier le banc Hollin (commande 58288) et un des pieds est "
           "fendu sur toute la longueur, le carton \u00e9tait enfonc\u00e9 \u00e0 cet endroit. Je ne peux "
           "pas l'utiliser comme \u00e7a. Que proposez-vous ?\n\nCordialement,\nClaire Dumont",
           55, lang="fr", subject="Banc re\u00e7u ab\u00eem\u00e9 - cde 58288", name="Claire Dumont")
g15b = add(E, cd, "Bonjour,\n\nje me permets de relancer : banc livr\u00e9 avec un pied cass\u00e9, toujours "
           "pas de r\u00e9ponse de votre part.\n\nC. Dumont", 125, lang="fr",
           subject="Relance - banc ab\u00eem\u00e9", name="Claire Dumont")
g15c = add(E, cd, "Troisi\u00e8me mail. Le banc est toujours dans mon garage avec son pied fendu. "
           "J'attends soit un remplacement soit un remboursement, merci de me r\u00e9pondre enfin.",
           190, lang="fr", subject="cde 58288 !!", name="Claire Dumont")
group("fr", "one identity", g15a, g15b, g15c)

# G16: refund not received, Mastodon then Bluesky, same name only.
tg = "@thibault@piaille.example"
tgb = "thibaultgirard.bsky.social"
g16a = add(M, tg, "@birchline@garden.social bonjour, vous m'avez confirm\u00e9 l'annulation de ma "
           "commande de coussins le 14 mais le remboursement (86,40\u20ac) n'est toujours pas "
           "arriv\u00e9. C'est normal ?", 70, lang="fr", name="Thibault Girard")
g16b = add(B, tgb, "toujours pas rembours\u00e9 par @birchline.bsky.social pour une commande "
           "annul\u00e9e il y a plus d'une semaine. d\u00e9j\u00e0 demand\u00e9 sur masto, aucune r\u00e9ponse. "
           "vous comptez le garder mon argent ?", 178, lang="fr", name="Thibault Girard")
group("fr", "same name only", g16a, g16b)
link("mastodon:" + tg, "bluesky:" + tgb)

# G17: app crash at payment, Bluesky.
ms = "marionsrx.bsky.social"
g17a = add(B, ms, "l'appli @birchline.bsky.social plante \u00e0 chaque fois que je clique sur "
           "\"payer\" (android 14). 3 essais, 3 crash. je voulais juste mon hamac moi",
           222, lang="fr", name="Marion")
g17b = add(B, ms, "bon l'appli ferme toujours toute seule au moment du paiement. vous avez vu mon "
           "message ou pas ?", 265, lang="fr", name="Marion")
group("fr", "one identity", g17a, g17b)
o4 = add(B, ms, "finalement command\u00e9 sur le site... et le code BIENVENUE10 n'a pas \u00e9t\u00e9 "
         "d\u00e9duit. d\u00e9cid\u00e9ment @birchline.bsky.social", 290, lang="fr", name="Marion")
neg("other-complaint", g17a, o4, "app crashing at payment, then a welcome code not deducted on the site")

# G18: missing screws for the hammock stand, mail (new mails).
ylb = "yves.lebreton@free.example"
g18a = add(E, ylb, "Bonjour,\n\nDans le carton du support de hamac Tarn il manque le sachet de vis "
           "(les M8 indiqu\u00e9es \u00e9tape 2 de la notice). Impossible de monter. Pouvez-vous me les "
           "envoyer ?\n\nMerci\nYves Le Breton", 330, lang="fr", subject="Vis manquantes support hamac",
           name="Yves Le Breton")
g18b = add(E, ylb, "Bonjour, toujours en attente des vis pour le support de hamac, le support est en "
           "pi\u00e8ces dans le salon depuis des jours... Merci de faire le n\u00e9cessaire.\nY. Le Breton",
           420, lang="fr", subject="sachet de vis - support Tarn", name="Yves Le Breton")
group("fr", "one identity", g18a, g18b)

# ---------------------------------------------------------------- Portuguese

# G19: late order, mail then Mastodon, same name only.
rs = "rita.sarmento@sapo.example"
rsm = "@ritasarmento@masto.example"
g19a = add(E, rs, "Boa tarde,\n\nFiz a encomenda 58319 (espregui\u00e7adeira + almofada) no dia 5 e ainda "
           "n\u00e3o recebi nada, o prazo era de 7 dias \u00fateis. Podem dizer-me quando chega?\n\n"
           "Obrigada,\nRita Sarmento", 95, lang="pt", subject="Encomenda 58319 atrasada",
           name="Rita Sarmento")
g19b = add(M, rsm, "@birchline@garden.social mandei email h\u00e1 uns dias e nada. A minha encomenda "
           "continua sem aparecer, j\u00e1 passou o prazo faz tempo", 190, lang="pt", name="Rita Sarmento")
group("pt", "same name only", g19a, g19b)
link("email:" + rs, "mastodon:" + rsm)

# G20: charged twice, Bluesky (Brazilian).
fe = "fecosta.bsky.social"
g20a = add(B, fe, "@birchline.bsky.social oi! fui cobrada duas vezes no cart\u00e3o pela mesma compra "
           "(rede de descanso Tarn), aparece 2x R$ 412 na fatura. como resolvo?", 260, lang="pt",
           name="Fernanda Costa")
g20b = add(B, fe, "gente, e a cobran\u00e7a duplicada?? ningu\u00e9m respondeu ainda \U0001F62D",
           305, lang="pt", name="Fernanda Costa")
group("pt", "one identity", g20a, g20b)

# G21: wrong size cushion covers, mail thread after a non-committal answer.
ab = "antonio.borges@mail.example"
g21a = add(E, ab, "Ol\u00e1,\n\nRecebi as capas de almofada Fern mas s\u00e3o de 45x45 e eu encomendei "
           "50x50 (est\u00e1 na fatura, encomenda n\u00ba 58340). N\u00e3o servem nas almofadas.\n\n"
           "Cumprimentos,\nAnt\u00f3nio Borges", 210, lang="pt", subject="Capas tamanho errado",
           name="Ant\u00f3nio Borges")
g21r = reply(E, "Ol\u00e1 Ant\u00f3nio, lamentamos o sucedido. Vamos verificar com o armaz\u00e9m e "
             "voltamos a contactar.\n\nEquipa Birchline", 218, rid(g21a), rid(g21a), "pt")
g21b = add(E, ab, "Boa tarde, ent\u00e3o, j\u00e1 verificaram? Continuo com as capas pequenas e sem "
           "saber se mandam as certas ou se devolvo.", 290, lang="pt",
           subject="Re: Capas tamanho errado", name="Ant\u00f3nio Borges",
           thread=rid(g21a), in_reply_to=rid(g21r))
group("pt", "one identity", g21a, g21b)
o5 = add(E, ab, "Ol\u00e1 outra vez,\n\nReparei agora que me cobraram 6,90\u20ac de portes na encomenda "
         "58340, mas no site diz portes gr\u00e1tis acima de 60\u20ac e a encomenda foi de 78\u20ac.\n\n"
         "Ant\u00f3nio Borges", 300, lang="pt", subject="Portes cobrados indevidamente",
         name="Ant\u00f3nio Borges")
neg("other-complaint", g21a, o5, "wrong size covers, then shipping charged on the same order despite free shipping")

# ---------------------------------------------------------------- Italian

# G22: triple on Bluesky, marked delivered but not received.
gr = "giuliarizzi.bsky.social"
g22a = add(B, gr, "@birchline.bsky.social il tracking dice consegnato stamattina ma a casa non c'\u00e8 "
           "niente, n\u00e9 avviso n\u00e9 pacco. Ordine 58355, un ombrellone. Che faccio?",
           115, lang="it", name="Giulia Rizzi")
g22b = add(B, gr, "ancora niente ombrellone. il corriere dice chiedete al mittente, il mittente "
           "(voi) non risponde. bello", 160, lang="it", name="Giulia Rizzi")
g22c = add(B, gr, "@birchline.bsky.social sono passati 5 giorni, \"consegnato\" un corno. "
           "rispondetemi per favore", 238, lang="it", name="Giulia Rizzi")
group("it", "one identity", g22a, g22b, g22c)

# G23: discount code, mail then Bluesky with a link to the mail address.
mf = "marco.ferri77@libero.example"
mfb = "marcoferri.bsky.social"
g23a = add(E, mf, "Buongiorno,\n\nho provato a usare il codice ESTATE20 per la panchina Ashby ma al "
           "checkout lo sconto non viene applicato, il totale resta 249\u20ac. Ho comunque completato "
           "l'ordine (n. 58362) perch\u00e9 mi serviva. Potete rimborsarmi la differenza?\n\nGrazie\n"
           "Marco Ferri", 140, lang="it", subject="Codice sconto non applicato", name="Marco Ferri")
g23b = add(B, mfb, "@birchline.bsky.social vi ho scritto per email per lo sconto ESTATE20 che non "
           "\u00e8 stato applicato sul mio ordine, nessuna risposta. Mi aspetto il rimborso dei 50\u20ac",
           232, lang="it", name="Marco F.", links=[mf])
group("it", "profile link", g23a, g23b)
link("email:" + mf, "bluesky:" + mfb)

# G24: parasol arrived broken, Mastodon.
sv = "@silvia@mastodon.example"
g24a = add(M, sv, "@birchline@garden.social ombrellone Solway arrivato oggi con due stecche piegate "
           "e il telo strappato vicino alla punta. Ho le foto. Come procediamo?", 350, lang="it",
           name="Silvia")
g24b = add(M, sv, "Buongiorno @birchline@garden.social, sto ancora aspettando notizie per "
           "l'ombrellone rotto. Devo rispedirlo io o mandate un corriere?", 400, lang="it",
           name="Silvia")
group("it", "one identity", g24a, g24b)

# ---------------------------------------------------------------- Dutch

# G25: return label, Bluesky then mail, same name only.
sd = "sannedv.bsky.social"
sde = "sanne.devries@ziggo.example"
g25a = add(B, sd, "@birchline.bsky.social ik heb gisteren een retour aangemeld voor de hangmat maar "
           "nog steeds geen retourlabel gekregen. hoe lang duurt dat normaal?", 25, lang="nl",
           name="Sanne de Vries")
g25b = add(E, sde, "Hoi,\n\nAl een paar dagen geleden via Bluesky gevraagd: ik wacht nog op het "
           "retourlabel voor de hangmat (bestelnr 58230). Kunnen jullie dat mailen?\n\nGroetjes,\n"
           "Sanne de Vries", 96, lang="nl", subject="retourlabel hangmat", name="Sanne de Vries")
group("nl", "same name only", g25a, g25b)
link("bluesky:" + sd, "email:" + sde)

# G26: wrong colour cushions, mail (new mails).
wj = "w.jansen@kpnmail.example"
g26a = add(E, wj, "Goedemiddag,\n\nIk heb 2 loungekussens in antraciet besteld (order 58377), maar "
           "ontvangen in beige. Graag omruilen, beige past niet bij onze tuinset.\n\nMet vriendelijke "
           "groet,\nWim Jansen", 275, lang="nl", subject="Verkeerde kleur kussens", name="Wim Jansen")
g26b = add(E, wj, "Goedemorgen,\n\nNog geen reactie gehad op mijn mail over de kussens: besteld "
           "antraciet, geleverd beige. Wanneer kan ik de juiste verwachten?\n\nWim Jansen", 345,
           lang="nl", subject="Kussens order 58377 - nog geen reactie", name="Wim Jansen")
group("nl", "one identity", g26a, g26b)

# G27: can't log in, Mastodon.
bk = "@bramk@mastodon.example"
g27a = add(M, bk, "@birchline@garden.social inloggen op jullie site lukt niet meer, krijg steeds "
           "'ongeldige sessie' terwijl mn wachtwoord klopt. cookies al gewist", 380, lang="nl",
           name="Bram")
g27b = add(M, bk, "nog steeds 'ongeldige sessie' bij inloggen @birchline@garden.social, kan zo mijn "
           "bestelling niet volgen. iemand?", 430, lang="nl", name="Bram")
group("nl", "one identity", g27a, g27b)

# ---------------------------------------------------------------- Catalan

# G28: order not arrived, Mastodon then mail with a link to the Mastodon handle.
jp = "@jordipuig@mastodont.example"
jpe = "jordi.puig.serra@correu.example"
g28a = add(M, jp, "@birchline@garden.social bon dia, la comanda 58295 (gandula Ashby) encara no "
           "ha arribat i ja fa 10 dies. El seguiment no es mou de Saragossa.", 80, lang="ca",
           name="Jordi Puig")
g28b = add(E, jpe, "Bon dia,\n\nUs vaig escriure per Mastodon dijous. La gandula segueix sense "
           "arribar i el seguiment continua igual. Em podeu dir alguna cosa?\n\nGr\u00e0cies,\n"
           "Jordi Puig", 165, lang="ca", subject="Comanda 58295 sense arribar", name="Jordi Puig",
           links=[jp])
group("ca", "profile link", g28a, g28b)
link("mastodon:" + jp, "email:" + jpe)

# G29: double charge, mail thread after a non-committal answer.
ns = "nuria.soler@correu.example"
g29a = add(E, ns, "Hola,\n\nM'heu cobrat dues vegades la comanda de coixins (67,80 \u20ac cada cop, "
           "dia 20 de juny). Nom\u00e9s tinc una confirmaci\u00f3. Em podeu retornar el c\u00e0rrec "
           "duplicat?\n\nSalutacions,\nN\u00faria Soler", 130, lang="ca", subject="C\u00e0rrec duplicat",
           name="N\u00faria Soler")
g29r = reply(E, "Hola N\u00faria, ho estem revisant amb el banc i et direm alguna cosa aviat.\n\n"
             "Equip Birchline", 137, rid(g29a), rid(g29a), "ca")
g29b = add(E, ns, "Hola de nou, han passat uns dies i el doble c\u00e0rrec segueix al meu extracte. "
           "Quan me'l retornareu?\n\nN\u00faria", 215, lang="ca", subject="Re: C\u00e0rrec duplicat",
           name="N\u00faria Soler", thread=rid(g29a), in_reply_to=rid(g29r))
group("ca", "one identity", g29a, g29b)
o6 = add(E, ns, "Hola,\n\nA part del tema del cobrament: vull tornar un dels coixins (el color no "
         "\u00e9s el de la foto) per\u00f2 no m'ha arribat l'etiqueta de devoluci\u00f3 que diu la web.\n\n"
         "N\u00faria Soler", 240, lang="ca", subject="Etiqueta de devoluci\u00f3", name="N\u00faria Soler")
neg("other-complaint", g29a, o6, "double charge, then a return label not received for a cushion of the same order")

# G30: broken parasol base, Bluesky.
am = "arnaumas.bsky.social"
g30a = add(B, am, "@birchline.bsky.social el peu del para-sol ha arribat amb una esquerda i perd la "
           "sorra per baix. aix\u00ed no aguanta res, amb una mica de vent ja ha caigut",
           395, lang="ca", name="Arnau Mas")
g30b = add(B, am, "ep, el peu del para-sol trencat, algu em respon? fa 3 dies", 468, lang="ca",
           name="Arnau Mas")
group("ca", "one identity", g30a, g30b)

# ---------------------------------------------------------------- follow-ups

f1a = add(E, "tom.pellow@inbox.example", "Hi,\n\nThe spreader bar on my Tarn hammock cracked the first "
          "time I sat in it. Order 58224. Not impressed.\n\nTom", 15, lang="en",
          subject="Hammock spreader bar cracked", name="Tom Pellow")
f1r = reply(E, "Hi Tom, sorry to hear that. Could you send us a photo of the crack so we can pass it "
            "to the manufacturer?\n\nEllie @ Birchline", 22, rid(f1a), rid(f1a), "en")
f1b = add(E, "tom.pellow@inbox.example", "Photo attached - you can see where it's split along the grain "
          "right by the end ring.\n\nTom", 28, lang="en", subject="Re: Hammock spreader bar cracked",
          name="Tom Pellow", thread=rid(f1a), in_reply_to=rid(f1r))
neg("follow-up", f1a, f1b, "the photo the shop asked for")

f2a = add(E, "pablo.iglesias.m@correo.example", "Hola, compr\u00e9 un toldo-parasol hace dos semanas y "
          "no me ha llegado. No encuentro el email de confirmaci\u00f3n.\nPablo", 100, lang="es",
          subject="No me llega el pedido", name="Pablo Iglesias")
f2r = reply(E, "Hola Pablo, \u00bfnos puedes indicar el n\u00famero de pedido o el email con el que "
            "compraste para localizarlo?\n\nEquipo Birchline", 104, rid(f2a), rid(f2a), "es")
f2b = add(E, "pablo.iglesias.m@correo.example", "Vale, lo encontr\u00e9: es el 58279, a nombre de "
          "mi mujer, Ana Ruiz. Gracias", 109, lang="es", subject="Re: No me llega el pedido",
          name="Pablo Iglesias", thread=rid(f2a), in_reply_to=rid(f2r))
neg("follow-up", f2a, f2b, "the order number the shop asked for")

f3a = add(E, "k.baumann@web.example", "Hallo,\n\ndie Auflagen f\u00fcr die Gartenbank sind zu kurz, "
          "ca. 10 cm fehlen. Bitte um Umtausch.\n\nKatrin Baumann", 200, lang="de",
          subject="Auflagen falsche Gr\u00f6\u00dfe", name="Katrin Baumann")
f3r = reply(E, "Hallo Frau Baumann,\n\ngerne tauschen wir um. K\u00f6nnen Sie uns bitte die "
            "Bestellnummer und die genaue L\u00e4nge Ihrer Bank nennen?\n\nIhr Birchline-Team",
            206, rid(f3a), rid(f3a), "de")
f3b = add(E, "k.baumann@web.example", "Hallo,\n\nBestellnummer ist 58333, die Bank ist 150 cm breit, "
          "die Auflage 140.\n\nPS: Farbe gerne wieder grau.\n\nK. Baumann", 213, lang="de",
          subject="AW: Auflagen falsche Gr\u00f6\u00dfe", name="Katrin Baumann",
          thread=rid(f3a), in_reply_to=rid(f3r))
neg("follow-up", f3a, f3b, "order number and measurements the shop asked for, plus a colour wish")

f4a = add(E, "sophie.marchand@laposte.example", "Bonjour,\n\nla facture de ma commande 58310 ne "
          "mentionne pas le nom de ma soci\u00e9t\u00e9, j'en ai besoin pour la compta.\n\n"
          "Sophie Marchand", 240, lang="fr", subject="Facture sans raison sociale", name="Sophie Marchand")
f4r = reply(E, "Bonjour Madame Marchand,\n\nbien s\u00fbr. Pouvez-vous nous envoyer la raison sociale "
            "et l'adresse de facturation exactes ?\n\nL'\u00e9quipe Birchline", 245, rid(f4a), rid(f4a), "fr")
f4b = add(E, "sophie.marchand@laposte.example", "Voici : SARL Marchand Paysage, 12 chemin des "
          "Vignes, 69440 Mornant. N\u00b0 TVA FR 47 123 456 789.\n\nMerci !", 251, lang="fr",
          subject="RE: Facture sans raison sociale", name="Sophie Marchand",
          thread=rid(f4a), in_reply_to=rid(f4r))
neg("follow-up", f4a, f4b, "company name and billing address the shop asked for")

f5a = add(E, "elena.bassi@tiscali.example", "Salve, la seduta della poltrona sospesa \u00e8 arrivata "
          "con una cucitura aperta. Vorrei fare il reso.\nElena Bassi", 310, lang="it",
          subject="Reso poltrona sospesa", name="Elena Bassi")
f5r = reply(E, "Gentile Elena, ci dispiace. Ci manderebbe una foto della cucitura e del codice "
            "sull'etichetta?\n\nTeam Birchline", 316, rid(f5a), rid(f5a), "it")
f5b = add(E, "elena.bassi@tiscali.example", "Eccole in allegato. Il codice sull'etichetta \u00e8 "
          "HC-2208. PS la scatola ce l'ho ancora.", 322, lang="it", subject="R: Reso poltrona sospesa",
          name="Elena Bassi", thread=rid(f5a), in_reply_to=rid(f5r))
neg("follow-up", f5a, f5b, "photo and label code the shop asked for, plus that the box is kept")

f6a = add(M, "@lotte@mastodon.example", "@birchline@garden.social de bank is gisteren geleverd maar "
          "er zit geen montagehandleiding bij. Hoe zit die armleuning erop?", 440, lang="nl", name="Lotte")
f6r = reply(M, "@lotte@mastodon.example Vervelend! Om welk model gaat het? Dan sturen we je de "
            "juiste handleiding.", 444, rid(f6a), rid(f6a), "nl")
f6b = add(M, "@lotte@mastodon.example", "@birchline@garden.social het is de Hollin 2-zits, eiken. "
          "Bestelling 58391", 447, lang="nl", name="Lotte", thread=rid(f6a), in_reply_to=rid(f6r))
neg("follow-up", f6a, f6b, "the model and order number the shop asked for")

# ---------------------------------------------------------------- other customers

c1a = add(M, "@oakandivy@toot.example", "is the @birchline@garden.social site down for anyone else? "
          "checkout just spins forever", 280, lang="en", name="oak & ivy")
c1b = add(M, "@benfromleeds@mastodon.example", "@birchline@garden.social your website's been throwing "
          "a 502 at checkout for the last half hour, trying to buy a parasol before the heatwave",
          281, lang="en", name="Ben")
neg("other-customer", c1a, c1b, "two customers hit by the same checkout outage")

c2a = add(E, "martina.koch@t-online.example", "Guten Tag,\n\nunsere Bestellung 58344 "
          "(Hollywoodschaukel) ist seit einer Woche \u00fcberf\u00e4llig. Bitte um Info.\n\n"
          "Martina Koch", 150, lang="de", subject="Bestellung 58344", name="Martina Koch")
c2b = add(B, "tobikoch.bsky.social", "@birchline.bsky.social meine Frau hat euch schon gemailt, "
          "ich frag trotzdem auch mal: wo bleibt unsere Hollywoodschaukel? Bestellung 58344",
          176, lang="de", name="Tobias Koch")
neg("other-customer", c2a, c2b, "a couple sharing one order, each asking about it")

c3a = add(M, "@alexmartin@mastodon.example", "@birchline@garden.social my Solway parasol order still "
          "hasn't shipped, it's been 9 days. Ordered from Bristol if that matters", 320, lang="en",
          name="Alex Martin")
c3b = add(B, "alexmartin-glasgow.bsky.social", "@birchline.bsky.social ordered a parasol on the 20th "
          "and no shipping email yet, any idea when it goes out? (Glasgow)", 335, lang="en",
          name="Alex Martin")
neg("other-customer", c3a, c3b, "two different people named Alex Martin, each with a late parasol")
S.same_name_different_people.append(["mastodon:@alexmartin@mastodon.example",
                                     "bluesky:alexmartin-glasgow.bsky.social"])

c4a = add(E, "laura.garcia.ortiz@correo.example", "Hola,\n\nel c\u00f3digo VERANO10 no funciona en "
          "el carrito, me dice que ha caducado pero el email dice v\u00e1lido hasta el 30. Estoy "
          "comprando desde Valencia.\n\nLaura", 190, lang="es", subject="C\u00f3digo VERANO10",
          name="Laura Garc\u00eda")
c4b = add(M, "@lauragarcia@mastodon.example", "@birchline@garden.social el VERANO10 no me lo aplica "
          "en la hamaca, alguien mas? (compro desde Sevilla, por si acaso)", 205, lang="es",
          name="Laura Garc\u00eda")
neg("other-customer", c4a, c4b, "two different people named Laura Garc\u00eda, each with a code that fails")
S.same_name_different_people.append(["email:laura.garcia.ortiz@correo.example",
                                     "mastodon:@lauragarcia@mastodon.example"])

c5a = add(B, "robertamancini.bsky.social", "@birchline.bsky.social ieri sera il pagamento \u00e8 andato "
          "in errore ma la banca mi ha addebitato lo stesso, e poi ho riprovato: due addebiti",
          355, lang="it", name="Roberta Mancini")
c5b = add(M, "@lucab@mastodon.example", "@birchline@garden.social anche a me ieri il pagamento dava "
          "errore e mi trovo l'importo addebitato due volte. Ordine 58386", 362, lang="it",
          name="Luca B.")
neg("other-customer", c5a, c5b, "two customers charged twice during the same payment error")

c6a = add(B, "evertvdberg.bsky.social", "@birchline.bsky.social kan al de hele ochtend niet inloggen, "
          "wachtwoord resetten geeft een foutmelding", 460, lang="nl", name="Evert")
c6b = add(E, "i.mulder@hetnet.example", "Goedemiddag, ik kan sinds vanochtend niet meer inloggen op "
          "mijn account. Ligt het aan mij?\nIngrid Mulder", 463, lang="nl", subject="inloggen",
          name="Ingrid Mulder")
neg("other-customer", c6a, c6b, "two customers locked out by the same login problem")

# ---------------------------------------------------------------- window

w1a = add(E, "jo.hartley@mailbox.example", "Hi, the Fern outdoor cushions I bought in May have black "
          "mildew spots after a week of rain. They're supposed to be weatherproof? Jo", 10, lang="en",
          subject="Mildew on cushions", name="Jo Hartley")
w1b = add(E, "jo.hartley@mailbox.example", "Hello, I wrote a while back about the mouldy Fern cushions "
          "and never heard anything. They're getting worse. Can I return them?\nJo Hartley", 240,
          lang="en", subject="Cushions still mouldy", name="Jo Hartley")
neg("window", w1a, w1b, "the same mildewed cushions again after more than 7 days")

w2a = add(M, "@klaus_h@social.example", "@birchline@garden.social das Seil meiner H\u00e4ngematte ist "
          "nach 3 Wochen gerissen. Zum Gl\u00fcck lag ich nicht drin.", 35, lang="de", name="Klaus")
w2b = add(M, "@klaus_h@social.example", "@birchline@garden.social ich hatte euch vor 10 Tagen wegen "
          "dem gerissenen H\u00e4ngemattenseil geschrieben. Keine Antwort bis heute.", 280, lang="de",
          name="Klaus")
neg("window", w2a, w2b, "the same torn hammock rope again after ten days")

w3a = add(B, "anamarques.bsky.social", "@birchline.bsky.social o guarda-sol chegou sem a manivela, "
          "encomenda 58250", 50, lang="pt", name="Ana Marques")
w3b = add(B, "anamarques.bsky.social", "continuo sem a manivela do guarda-sol, j\u00e1 pedi h\u00e1 "
          "mais de uma semana @birchline.bsky.social", 270, lang="pt", name="Ana Marques")
neg("window", w3a, w3b, "the same missing parasol crank again after more than 7 days")

w4a = add(E, "p.roig@correu.example", "Bon dia, el banc que vaig rebre t\u00e9 un llist\u00f3 "
          "esberlat. Comanda 58247.\nPere Roig", 65, lang="ca", subject="Banc esberlat",
          name="Pere Roig")
w4b = add(E, "p.roig@correu.example", "Bon dia,\n\nfa gaireb\u00e9 dues setmanes us vaig escriure pel "
          "banc amb el llist\u00f3 esberlat i encara no en s\u00e9 res.\n\nPere Roig", 380, lang="ca",
          subject="Banc esberlat - sense resposta", name="Pere Roig")
neg("window", w4a, w4b, "the same split bench slat again after about two weeks")

# ---------------------------------------------------------------- filler

add(E, "h.okafor@postbox.example", "Hi, do your teak benches need oiling every year or can they be "
    "left to go silver? Thinking about the Hollin. Thanks, Helen", 8, lang="en",
    subject="Teak care question", name="Helen Okafor")
add(M, "@gardenjules@toot.example", "@birchline@garden.social do you deliver to the Isle of Wight? "
    "Eyeing up a hammock", 45, lang="en", name="Jules")
add(B, "samwrites.bsky.social", "@birchline.bsky.social are the Fern cushion covers machine washable?",
    122, lang="en", name="Sam")
add(E, "r.delgado@correo.example", "Buenas, \u00bfel parasol Solway de 3,5 m necesita base de cu\u00e1ntos "
    "kilos? Tengo mucho viento en la terraza.\nRoberto", 68, lang="es",
    subject="Consulta base parasol", name="Roberto Delgado")
add(B, "carmela.ruiz.bsky.social", "@birchline.bsky.social teneis tienda fisica en Madrid o solo "
    "online?", 230, lang="es", name="Carmela")
add(M, "@gerrit@norden.example", "@birchline@garden.social Frage: kann man die Hollin-Bank auch in "
    "unbehandelt bekommen? Will sie selbst lasieren.", 155, lang="de", name="Gerrit")
add(E, "s.winkler@web.example", "Hallo, gibt es zu den Auflagen auch passende Schutzh\u00fcllen f\u00fcr "
    "den Winter?\nViele Gr\u00fc\u00dfe, Susanne Winkler", 292, lang="de",
    subject="Schutzh\u00fclle", name="Susanne Winkler")
add(M, "@camille@piaille.example", "@birchline@garden.social est-ce que vous livrez en Belgique ? "
    "Merci !", 135, lang="fr", name="Camille")
add(E, "l.fontaine@orange.example", "Bonjour, le hamac Tarn supporte combien de kilos au maximum ? "
    "Nous sommes deux \U0001F642\nLouis", 370, lang="fr", subject="Charge max hamac",
    name="Louis Fontaine")
add(B, "joaomendes.bsky.social", "@birchline.bsky.social voc\u00eas enviam para os A\u00e7ores? e "
    "quanto custa o envio?", 185, lang="pt", name="Jo\u00e3o Mendes")
add(M, "@chiara_v@mastodon.example", "@birchline@garden.social la panchina Ashby si pu\u00f2 lasciare "
    "fuori d'inverno o va riparata?", 245, lang="it", name="Chiara")
add(E, "d.greco@libero.example", "Buongiorno, fate fattura con partita IVA per aziende? Dovrei "
    "arredare il dehors del bar.\nDavide Greco", 410, lang="it", subject="Fattura per azienda",
    name="Davide Greco")
add(B, "femkejanssen.bsky.social", "@birchline.bsky.social hebben jullie de loungekussens ook in "
    "donkergroen? zie alleen grijs en beige", 58, lang="nl", name="Femke")
add(M, "@rvandam@mastodon.example", "@birchline@garden.social bezorgen jullie ook op zaterdag?",
    335, lang="nl", name="Ruud van Dam")
add(E, "m.ferrer@correu.example", "Bon dia, teniu recanvis de la tela del para-sol Solway? La meva "
    "ja t\u00e9 uns anys.\nMontse Ferrer", 118, lang="ca", subject="Recanvi tela para-sol",
    name="Montse Ferrer")
add(M, "@xavi_b@mastodont.example", "@birchline@garden.social quant triga un enviament a Girona? "
    "gr\u00e0cies!", 450, lang="ca", name="Xavi")

S.write(HERE, "Repeats in other words at Birchline Outdoor Furniture, eight languages; written "
        "without sight of the detector; labels say what a reader of the posts would say.")
