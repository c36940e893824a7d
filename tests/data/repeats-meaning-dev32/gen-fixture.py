#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of repeats in other words: posts to Marigold Apothecary, a
small shop for natural soaps, essential oils, candles and a skincare
subscription box, from customers writing by email, on Mastodon and on
Bluesky in eight languages (en, es, de, fr, pt, it, nl, ca).

30 true repeat groups (25 pairs, 5 triples): the same customer raising the
same complaint again within 7 days, in other words; 10 of them across two
channels (5 known by a profile link, 5 by the same display name only).
Labelled negatives: follow-ups that add what the shop asked for, the same
customer with another complaint, other customers with the same complaint
(two of them different people sharing a display name), and the same
complaint again after more than 7 days. Filler: one-off questions.

The posts were written as customers write, without sight of the detector,
its lexicon or the other sets; the labels say what a person reading the
posts would say and were never edited to fit the detector.

Run: python3 gen-fixture.py  (writes fixture.jsonl and labels.json here)
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 1, 19, 10, 30, tzinfo=timezone.utc)
SHOP_MAIL = "hello@marigoldapothecary.example"
SHOP_MASTO = "@marigold@wellness.social"
SHOP_BSKY = "marigoldapothecary.bsky.social"

S = LabelledSet(BASE, "ma", SHOP_MAIL, SHOP_MASTO, SHOP_BSKY, "Marigold Apothecary")
E, M, B = "email", "mastodon", "bluesky"
rid = S.rid


def mail(author, name, subject, text, h, lang, thread=None, irt=None, links=None):
    return S.add(E, author, text, h, lang=lang, subject=subject, name=name,
                 thread=thread, in_reply_to=irt, links=links)


def post(channel, author, name, text, h, lang, links=None, thread=None, irt=None):
    return S.add(channel, author, text, h, lang=lang, name=name, links=links,
                 thread=thread, in_reply_to=irt)


def answer(to, thread, text, h, lang):
    return S.reply(E, text, h, rid(to), rid(thread), lang)


# ---------------------------------------------------------------- English
# G1: late parcel, mail thread, non-committal answer, two nudges (triple)
a = "dana.whitfield@fastmail.example"
g1a = mail(a, "Dana Whitfield", "Order #41877 - where is it??",
           "Hi there,\n\nI ordered the Lavender & Oat soap trio plus a Calm Nights candle on the 8th "
           "(order #41877) and it still hasn't shown up. Tracking has said 'in transit' for 6 days "
           "and hasn't moved since. It was meant to be a birthday present for my mum on Saturday.\n\n"
           "Can you find out what's going on?\n\nThanks,\nDana", 2, "en")
r = answer(g1a, g1a, "Hi Dana,\n\nthanks for getting in touch and sorry for the wait! We've contacted the "
           "courier and will let you know as soon as we hear back.\n\nWarm wishes,\nEllie @ Marigold Apothecary",
           6, "en")
g1b = mail(a, "Dana Whitfield", "Re: Order #41877 - where is it??",
           "Hi Ellie,\n\nany news from the courier? Tracking is STILL frozen on 'in transit'. Mum's birthday "
           "has come and gone now so I'd really like to know if this parcel is actually coming or if I "
           "should just ask for my money back.\n\nDana", 51, "en", thread=rid(g1a), irt=rid(r))
g1c = mail(a, "Dana Whitfield", "Re: Order #41877 - where is it??",
           "Hello?? It's been four days since you said you'd chase the courier. Still no parcel, still no "
           "update from anyone. Not impressed tbh.\n\nD. Whitfield", 99, "en", thread=rid(g1a), irt=rid(r))
S.group("en", "one identity", g1a, g1b, g1c)
o1 = mail(a, "Dana Whitfield", "Invoice for 41877",
          "Hi,\n\nthe parcel finally turned up yesterday, thanks. One more thing though: the invoice in the "
          "box is made out to 'Dana Whitefield' and charges £4.95 shipping although I used the free "
          "shipping code. Could you send me a corrected one?\n\nCheers,\nDana", 172, "en")
S.negative("other-complaint", g1a, o1, "same order, first late, now a wrong name and shipping on the invoice")

# G2: cracked candle jar, Mastodon
a = "@tobyk@mastodon.online"
g2a = post(M, a, "Toby K.", "@marigold@wellness.social got my Cedar & Smoke candle today and the jar is "
           "cracked right down the side 😩 wax bits all over the box. bit gutted, it was the one I was most "
           "excited about", 20, "en")
g2b = post(M, a, "Toby K.", "hellooo @marigold@wellness.social, still waiting to hear back about my busted "
           "Cedar & Smoke jar. do I send it back or just bin it?", 46, "en")
S.group("en", "one identity", g2a, g2b)

# G3: double charge for the box, Bluesky then email with a profile link
g3a = post(B, "priya-nair.bsky.social", "Priya Nair",
           "@marigoldapothecary.bsky.social just noticed I've been charged twice for January's skincare box 🙃 "
           "£28 + £28 on the same day. one box please, not two bills", 30, "en")
g3b = mail("priya.nair@outlook.example", "Priya Nair", "Double charge - January box",
           "Hello,\n\nI mentioned this on Bluesky yesterday but haven't heard anything so I'm trying email "
           "instead. My card was charged £28.00 twice on 19 January for the skincare subscription box. I "
           "only have one subscription (and only got one box). Please refund the duplicate payment.\n\n"
           "Kind regards,\nPriya Nair", 52, "en", links=["priya-nair.bsky.social"])
S.same_person.append(["bluesky:priya-nair.bsky.social", "email:priya.nair@outlook.example"])
S.group("en", "profile link", g3a, g3b)

# G4: password reset mail never arrives
a = "marcus.obi@gmail.example"
g4a = mail(a, "Marcus Obi", "can't log in",
           "Hi, I can't get into my account to change the delivery address for my box. I click 'forgot "
           "password', it says an email is on the way, nothing ever arrives (checked spam, promotions, "
           "everything). Tried 4 times. Account email is this one.\n\nMarcus", 120, "en")
g4b = mail(a, "Marcus Obi", "password reset STILL not working",
           "Tried again this morning, twice. No reset email. My box ships on Friday to my old flat so I "
           "really need to get in before then. Can someone just reset it from your end??\n\nSent from my iPhone",
           141, "en")
S.group("en", "one identity", g4a, g4b)

# G5: coupon rejected, Mastodon then Bluesky, same display name only
g5a = post(M, "@rowan@mstdn.social", "Rowan Ellery",
           "Tried to use WINTER15 at checkout on the marigold site and it just says 'code not valid' even "
           "though the newsletter says it's good till end of Jan?? @marigold@wellness.social", 200, "en")
g5b = post(B, "rowanellery.bsky.social", "Rowan Ellery",
           "does the marigold apothecary winter discount actually work for anyone? mine gets rejected every "
           "single time. asked on mastodon yesterday, crickets. @marigoldapothecary.bsky.social", 222, "en")
S.same_person.append(["mastodon:@rowan@mstdn.social", "bluesky:rowanellery.bsky.social"])
S.group("en", "same name only", g5a, g5b)

# ---------------------------------------------------------------- Spanish
# G6: refund of a return not received (triple, mail thread)
a = "lorena.gil@hotmail.example"
g6a = mail(a, "Lorena Gil", "Devolución pedido 30512",
           "Hola buenas,\n\nel día 5 os devolví el pedido 30512 (dos jabones de romero y el aceite de árbol "
           "de té) porque el aceite venía sin precinto. Según el seguimiento de Correos os llegó el día 9 y a "
           "día de hoy no tengo el reembolso en la cuenta. Son 31,40€.\n\nUn saludo,\nLorena", 26, "es")
r = answer(g6a, g6a, "Hola Lorena,\n\ngracias por escribirnos. Lo estamos revisando con contabilidad y te "
           "decimos algo en cuanto sepamos más.\n\nUn abrazo,\nel equipo de Marigold", 30, "es")
g6b = mail(a, "Lorena Gil", "Re: Devolución pedido 30512",
           "Hola otra vez. Han pasado 3 dias desde que me dijisteis que lo estabais revisando y sigo sin ver "
           "el dinero. ¿Me podéis decir al menos cuándo se hace la transferencia?", 100, "es",
           thread=rid(g6a), irt=rid(r))
g6c = mail(a, "Lorena Gil", "Re: Devolución pedido 30512",
           "Esto ya es de risa. Casi dos semanas con vuestro paquete en vuestro almacén y ni un euro de "
           "vuelta. ¿Tengo que poner una reclamación en consumo o qué?\n\nLorena Gil", 150, "es",
           thread=rid(g6a), irt=rid(r))
S.group("es", "one identity", g6a, g6b, g6c)

# G7: wrong soap, Mastodon then email with a profile link
g7a = post(M, "@javi_rdz@mastodon.social", "Javi Rodríguez",
           "@marigold@wellness.social pedí el jabón de avena y miel para mi hija (piel atópica) y me ha "
           "llegado el de carbón activado 🤦‍♂️ cómo lo cambio?", 60, "es")
g7b = mail("javier.rodriguez.m@gmail.example", "Javier Rodríguez", "Producto equivocado",
           "Buenas tardes,\n\nos escribí ayer por Mastodon pero no me habéis contestado. En mi pedido 41733 "
           "venía un jabón de carbón en lugar del de avena y miel que pedí. Necesito el de avena, el otro no "
           "lo puede usar mi hija. ¿Me mandáis el correcto?\n\nGracias.\nJavier Rodríguez", 106, "es",
           links=["@javi_rdz@mastodon.social"])
S.same_person.append(["mastodon:@javi_rdz@mastodon.social", "email:javier.rodriguez.m@gmail.example"])
S.group("es", "profile link", g7a, g7b)

# G8: subscription cancelled, still billed (Bluesky)
a = "nachoperez.bsky.social"
g8a = post(B, a, "Nacho", "Cancelé la suscripción de la caja de Marigold en diciembre (tengo el mail de "
           "confirmación) y hoy me han vuelto a cobrar 26€. @marigoldapothecary.bsky.social qué pasa?", 170, "es")
g8b = post(B, a, "Nacho", "Sigo esperando respuesta @marigoldapothecary.bsky.social. Me cobrais una caja que "
           "di de baja hace un mes. No es tan dificil devolver 26 euros", 196, "es")
S.group("es", "one identity", g8a, g8b)

# G9: "delivered" but not received, email then Bluesky, same display name only
g9a = mail("lucia.ferrer87@yahoo.example", "Lucía Ferrer", "Paquete entregado?? no lo tengo",
           "Hola,\n\nen el seguimiento pone ENTREGADO desde ayer a las 13:02 pero yo no he recibido nada. "
           "Estuve en casa toda la tarde y nadie llamó al timbre. Los vecinos tampoco lo tienen. Pedido nº "
           "41960.\n¿Qué hago?\n\nLucía", 240, "es")
g9b = post(B, "luciaferrer.bsky.social", "Lucía Ferrer",
           "@marigoldapothecary.bsky.social os mandé un correo ayer: mi pedido sale como entregado y aquí no "
           "ha llegado nada. Ni aviso ni nada. Alguien me responde?", 262, "es")
S.same_person.append(["email:lucia.ferrer87@yahoo.example", "bluesky:luciaferrer.bsky.social"])
S.group("es", "same name only", g9a, g9b)

# ---------------------------------------------------------------- German
# G10: invoice error, mail thread
a = "k.brandt@web.example"
g10a = mail(a, "Katrin Brandt", "Rechnung zu Bestellung 41688 fehlerhaft",
            "Guten Tag,\n\nauf der Rechnung zu meiner Bestellung (Nr. 41688) fehlt der Firmenname, obwohl ich "
            "ihn beim Bestellen angegeben habe (Brandt Kosmetikstudio). Außerdem ist die MwSt. mit 7% statt "
            "19% ausgewiesen. So kann ich die Rechnung leider nicht verbuchen.\nBitte um eine korrigierte "
            "Rechnung.\n\nMit freundlichen Grüßen\nKatrin Brandt", 8, "de")
r = answer(g10a, g10a, "Hallo Frau Brandt,\n\ndanke für den Hinweis! Wir schauen uns das an und melden uns.\n\n"
           "Viele Grüße\nEllie", 12, "de")
g10b = mail(a, "Katrin Brandt", "AW: Rechnung zu Bestellung 41688 fehlerhaft",
            "Hallo Ellie,\n\nich warte noch immer auf die korrigierte Rechnung. Meine Steuerberaterin braucht "
            "die Unterlagen bis Monatsende.\n\nGruß\nK. Brandt", 80, "de", thread=rid(g10a), irt=rid(r))
S.group("de", "one identity", g10a, g10b)

# G11: parcel stuck (triple, Mastodon)
a = "@felixhb@norden.social"
g11a = post(M, a, "Felix", "Moin @marigold@wellness.social, Bestellung 41302 ist jetzt seit 9 Tagen "
            "unterwegs. DHL sagt seit Montag nur 'Sendung wurde elektronisch angekündigt'. Ist das Paket "
            "überhaupt rausgegangen?", 14, "de")
g11b = post(M, a, "Felix", "@marigold@wellness.social ...und immer noch nix. Langsam glaub ich, meine Seifen "
            "liegen irgendwo in nem Lager in Kassel rum", 62, "de")
g11c = post(M, a, "Felix", "@marigold@wellness.social Tag 14. Kein Paket, keine Antwort. Großartiger "
            "Service 👏", 134, "de")
S.group("de", "one identity", g11a, g11b, g11c)
o3 = post(M, a, "Felix", "@marigold@wellness.social Paket ist gestern doch noch gekommen, danke. Aber: der "
          "Gutschein MOIN10 wurde nicht abgezogen, hab die vollen 38,90 bezahlt. Könnt ihr mir die 10% "
          "zurückerstatten?", 160, "de")
S.negative("other-complaint", g11a, o3, "same order, first stuck in transit, now a discount code not applied")

# G12: diffuser without reeds, email then Mastodon with a profile link
g12a = mail("t.yilmaz@posteo.example", "Tarek Yılmaz", "Diffuser ohne Stäbchen",
            "Hallo zusammen,\n\nhabe gestern mein Paket bekommen, aber beim Raumduft-Diffuser 'Zedernwald' "
            "fehlen die Rattanstäbchen komplett. Nur die Flasche war drin. Könnt ihr die nachschicken?\n\n"
            "Viele Grüße\nTarek", 180, "de")
g12b = post(M, "@tyilmaz@social.tchncs.example", "Tarek",
            "@marigold@wellness.social Hatte euch vorgestern gemailt – Diffuser kam ohne Stäbchen, bisher keine "
            "Rückmeldung. Eine Flasche Duftöl ohne Stäbchen bringt mir halt wenig 😅", 228, "de",
            links=["t.yilmaz@posteo.example"])
S.same_person.append(["email:t.yilmaz@posteo.example", "mastodon:@tyilmaz@social.tchncs.example"])
S.group("de", "profile link", g12a, g12b)

# G13: app crashes at checkout (Bluesky)
a = "mia-kellner.bsky.social"
g13a = post(B, a, "Mia Kellner", "Die Marigold-App stürzt jedes Mal ab, wenn ich im Warenkorb auf 'Zur Kasse' "
            "tippe. iPhone 13, neueste Version. Wollte eigentlich nur Kerzen nachbestellen "
            "@marigoldapothecary.bsky.social", 290, "de")
g13b = post(B, a, "Mia Kellner", "Immer noch dasselbe. Kasse → App weg. Neu installiert, hilft nix. Muss ich "
            "jetzt am Laptop bestellen wie 2005? @marigoldapothecary.bsky.social", 314, "de")
S.group("de", "one identity", g13a, g13b)

# ---------------------------------------------------------------- French
# G14: crushed parcel, leaking oil, mail thread
a = "sophie.marchand@laposte.example"
g14a = mail(a, "Sophie Marchand", "Colis arrivé abîmé - cde 41519",
            "Bonjour,\n\nJ'ai reçu ce matin ma commande 41519. Le carton était complètement écrasé, le savon "
            "au lait de chèvre est cassé en deux et le flacon d'huile d'amande douce a fui dans tout le colis. "
            "Tout sent l'amande mais rien n'est utilisable...\n\nJe souhaiterais un remplacement ou un "
            "remboursement.\n\nCordialement,\nSophie Marchand", 36, "fr")
r = answer(g14a, g14a, "Bonjour Sophie,\n\nmerci pour votre message et désolée pour ce désagrément. Nous "
           "regardons cela et revenons vers vous rapidement.\n\nBien à vous,\nEllie", 40, "fr")
g14b = mail(a, "Sophie Marchand", "RE: Colis arrivé abîmé - cde 41519",
            "Bonjour,\nToujours aucune nouvelle de votre part. Je rappelle que j'ai reçu un colis inutilisable "
            "il y a 3 jours. Merci de me dire ce que vous comptez faire.\nS. Marchand", 112, "fr",
            thread=rid(g14a), irt=rid(r))
S.group("fr", "one identity", g14a, g14b)

# G15: rude courier, Mastodon then Bluesky, same display name only
g15a = post(M, "@camroussel@piaille.example", "Camille Roussel",
            "Le livreur qui m'a apporté mon colis @marigold@wellness.social m'a parlé comme à un chien parce "
            "que j'ai mis 30 secondes à descendre, puis il a balancé le carton par-dessus le portail. Super.",
            260, "fr")
g15b = post(B, "camilleroussel.bsky.social", "Camille Roussel",
            "bon je retente ici vu que sur mastodon personne répond : le transporteur de "
            "@marigoldapothecary.bsky.social est franchement odieux, colis jeté par-dessus la grille et "
            "insultes en prime. vous allez faire qqch ?", 283, "fr")
S.same_person.append(["mastodon:@camroussel@piaille.example", "bluesky:camilleroussel.bsky.social"])
S.group("fr", "same name only", g15a, g15b)

# G16: return label never sent (triple, mail thread)
a = "jb.leclerc@free.example"
g16a = mail(a, "Jean-Baptiste Leclerc", "Étiquette retour ??",
            "Bonjour, j'ai fait une demande de retour pour la bougie « Figue & Cassis » (cde n°41801) lundi, "
            "on m'a dit que je recevrais l'étiquette de retour par mail sous 24h. Rien reçu.\nJB", 190, "fr")
r = answer(g16a, g16a, "Bonjour Jean-Baptiste,\n\nnous transmettons votre demande au service logistique.\n\n"
           "Belle journée !\nL'équipe Marigold", 196, "fr")
g16b = mail(a, "Jean-Baptiste Leclerc", "Re: Étiquette retour ??",
            "Re-bonjour, toujours pas d'étiquette. Vous pouvez me la renvoyer svp ? J'ai vérifié les spams.",
            245, "fr", thread=rid(g16a), irt=rid(r))
g16c = mail(a, "Jean-Baptiste Leclerc", "Re: Étiquette retour ??",
            "Bon. Bientôt une semaine que j'attends un PDF. Ça doit pas être si compliqué... je vais finir par "
            "renvoyer le colis à mes frais et vous envoyer la note.", 300, "fr", thread=rid(g16a), irt=rid(r))
S.group("fr", "one identity", g16a, g16b, g16c)

# G17: charged twice (Bluesky)
a = "manon-dlx.bsky.social"
g17a = post(B, a, "Manon", "@marigoldapothecary.bsky.social j'ai été débitée 2 fois pour ma commande d'hier "
            "(2x 42,50€), c'est normal ?? j'ai qu'une seule confirmation de commande", 330, "fr")
g17b = post(B, a, "Manon", "toujours 85€ en moins sur mon compte au lieu de 42,50. "
            "@marigoldapothecary.bsky.social vous pouvez regarder svp, fin de mois difficile là", 352, "fr")
S.group("fr", "one identity", g17a, g17b)
o4 = post(B, a, "Manon", "et sinon je peux plus me connecter à mon compte marigold, « mot de passe "
          "incorrect » alors que je l'ai pas changé. décidément @marigoldapothecary.bsky.social", 370, "fr")
S.negative("other-complaint", g17a, o4, "same customer, first a double debit, now a login failure")

# ---------------------------------------------------------------- Portuguese
# G18: cannot log in, reset link expired
a = "rafael.costa@uol.example"
g18a = mail(a, "Rafael Costa", "Não consigo acessar minha conta",
            "Olá, boa tarde.\n\nDesde ontem não consigo entrar na minha conta no site. Coloco email e senha e "
            "aparece 'erro inesperado, tente novamente'. Já tentei redefinir a senha mas o link do email dá "
            "'link expirado' na hora. Preciso mudar o endereço da assinatura.\n\nAtt,\nRafael", 16, "pt")
g18b = mail(a, "Rafael Costa", "Não consigo acessar minha conta",
            "Bom dia, mandei email anteontem e ninguém respondeu. Continua dando erro pra logar e o link de "
            "senha continua expirado. Alguém pode me ajudar por favor??\n\nRafael Costa", 64, "pt")
S.group("pt", "one identity", g18a, g18b)

# G19: "delivered", not received, Bluesky then email with a profile link
g19a = post(B, "bia-moreira.bsky.social", "Bia Moreira",
            "@marigoldapothecary.bsky.social rastreio diz que minha encomenda foi entregue ontem mas não chegou "
            "nada aqui 😭 era a caixa de presente com vela e óleo de lavanda", 84, "pt")
g19b = mail("beatriz.moreira@gmail.example", "Beatriz Moreira",
            "Encomenda 41744 consta como entregue mas não recebi",
            "Olá,\n\nescrevi no Bluesky mas vou mandar por aqui também. Minha encomenda 41744 aparece como "
            "entregue mas não recebi. Falei com o porteiro e com os vizinhos, ninguém viu. Podem verificar "
            "com a transportadora?\n\nObrigada,\nBeatriz Moreira", 130, "pt", links=["bia-moreira.bsky.social"])
S.same_person.append(["bluesky:bia-moreira.bsky.social", "email:beatriz.moreira@gmail.example"])
S.group("pt", "profile link", g19a, g19b)

# G20: wrong colour of clay soap (Mastodon)
a = "@tiago@masto.example"
g20a = post(M, a, "Tiago Lopes", "@marigold@wellness.social encomendei o sabonete de argila verde e veio o de "
            "argila rosa. Não é bem a mesma coisa pra pele oleosa 😅 dá pra trocar?", 210, "pt")
g20b = post(M, a, "Tiago Lopes", "@marigold@wellness.social e então, troca ou não troca? continuo aqui com o "
            "sabonete rosa", 232, "pt")
S.group("pt", "one identity", g20a, g20b)

# G21: subscription box without the serum (triple, mail thread, European Portuguese)
a = "helena.s@sapo.example"
g21a = mail(a, "Helena Sousa", "Caixa de assinatura incompleta",
            "Bom dia,\n\nRecebi hoje a caixa de assinatura deste mês e faltava o sérum facial de rosa mosqueta "
            "que vem no folheto. Vieram só o sabonete, o bálsamo e a vela.\n\nCumprimentos,\nHelena Sousa",
            300, "pt")
r = answer(g21a, g21a, "Olá Helena,\n\nobrigada pelo contacto! Estamos a verificar com a equipa do armazém e "
           "damos notícias em breve.\n\nMarigold Apothecary", 306, "pt")
g21b = mail(a, "Helena Sousa", "Re: Caixa de assinatura incompleta",
            "Olá, ainda não tive notícias. O sérum era a principal razão por que fiquei com a caixa este mês.",
            355, "pt", thread=rid(g21a), irt=rid(r))
g21c = mail(a, "Helena Sousa", "Re: Caixa de assinatura incompleta",
            "Passou quase uma semana. Continuo sem o sérum e sem resposta. Se não o conseguem enviar, prefiro "
            "o reembolso da parte que falta.\n\nH. Sousa", 420, "pt", thread=rid(g21a), irt=rid(r))
S.group("pt", "one identity", g21a, g21b, g21c)

# ---------------------------------------------------------------- Italian
# G22: late order, mail thread
a = "f.bianchi@libero.example"
g22a = mail(a, "Francesca Bianchi", "ordine 41655 non ancora arrivato",
            "Buongiorno,\nho ordinato il 9 gennaio (ordine n. 41655) due saponette alla calendula e l'olio "
            "essenziale di bergamotto, spedizione prevista 3-5 giorni. Sono passate quasi due settimane e il "
            "tracking non si aggiorna da giovedì.\nPotete verificare?\nGrazie, Francesca", 44, "it")
r = answer(g22a, g22a, "Ciao Francesca,\n\nci scusiamo per il ritardo. Abbiamo aperto una segnalazione con il "
           "corriere e ti aggiorniamo appena possibile.\n\nUn saluto,\nEllie", 47, "it")
g22b = mail(a, "Francesca Bianchi", "R: ordine 41655 non ancora arrivato",
            "Buongiorno, nessun aggiornamento né da voi né dal corriere. Il pacco risulta ancora fermo a "
            "Bologna. Che devo fare?", 118, "it", thread=rid(g22a), irt=rid(r))
S.group("it", "one identity", g22a, g22b)

# G23: broken oil bottle, Mastodon then email, same display name only
g23a = post(M, "@giuliaf@mastodon.uno", "Giulia Ferraresi",
            "Arrivato oggi il pacco di @marigold@wellness.social e la boccetta di olio al rosmarino era rotta, "
            "tutto il cartone impregnato. Peccato perché il resto era bellissimo 😢", 150, "it")
g23b = mail("giulia.ferraresi@tiscali.example", "Giulia Ferraresi", "olio arrivato rotto",
            "Salve, vi scrivo anche qui perché su Mastodon non ho avuto risposta. La boccetta di olio "
            "essenziale al rosmarino è arrivata rotta. Mi potete mandare una sostituzione? Allego foto.\n\nGiulia",
            176, "it")
S.same_person.append(["mastodon:@giuliaf@mastodon.uno", "email:giulia.ferraresi@tiscali.example"])
S.group("it", "same name only", g23a, g23b)

# G24: cancelled box, still billed (Bluesky)
a = "marco-delucia.bsky.social"
g24a = post(B, a, "Marco De Lucia", "ho disdetto l'abbonamento alla box di @marigoldapothecary.bsky.social il 2 "
            "gennaio, mail di conferma compresa, e stamattina mi trovo l'addebito di 27€. ma scherziamo?", 380, "it")
g24b = post(B, a, "Marco De Lucia", "ancora niente rimborso e nessuna risposta. @marigoldapothecary.bsky.social "
            "la disdetta vale solo per voi evidentemente", 404, "it")
S.group("it", "one identity", g24a, g24b)

# ---------------------------------------------------------------- Dutch
# G25: wrong candle scent, reminder in her own thread
a = "lotte.vdberg@ziggo.example"
g25a = mail(a, "Lotte van den Berg", "Verkeerde kaars ontvangen",
            "Hoi,\n\nIk had de kaars 'Sinaasappel & Kruidnagel' besteld (bestelnr 41690) maar er zat 'Jasmijn' "
            "in de doos. Ik hou echt niet van jasmijn haha. Kunnen jullie de goede nog sturen?\n\nGroetjes,\n"
            "Lotte", 56, "nl")
g25b = mail(a, "Lotte van den Berg", "Re: Verkeerde kaars ontvangen",
            "Hoi, even een herinnering: nog steeds geen reactie op mijn mail van dinsdag. Ik heb nog altijd de "
            "verkeerde kaars hier staan. Graag een oplossing.\n\nLotte", 104, "nl", thread=rid(g25a), irt=rid(g25a))
S.group("nl", "one identity", g25a, g25b)

# G26: parcel stuck at the sorting centre, Bluesky then Mastodon, same display name only
g26a = post(B, "sannedewit.bsky.social", "Sanne de Wit",
            "Pakketje van @marigoldapothecary.bsky.social staat al 5 dagen op 'sorteercentrum' bij PostNL. Ik "
            "weet dat het niet helemaal jullie schuld is maar kunnen jullie even navragen?", 270, "nl")
g26b = post(M, "@sanne@mastodon.nl", "Sanne de Wit",
            "@marigold@wellness.social ik vroeg het eerder op bluesky al: mijn pakket hangt nog steeds in het "
            "sorteercentrum. Inmiddels een week. Kunnen jullie een nieuwe sturen?", 318, "nl")
S.same_person.append(["bluesky:sannedewit.bsky.social", "mastodon:@sanne@mastodon.nl"])
S.group("nl", "same name only", g26a, g26b)

# G27: discount code invalid, Mastodon then email with a profile link
g27a = post(M, "@daanvos@mastodon.social", "Daan Vos",
            "@marigold@wellness.social kortingscode DANKJEWEL uit jullie nieuwsbrief geeft bij afrekenen "
            "'ongeldige code'. Al 3x geprobeerd, ook in een andere browser.", 110, "nl")
g27b = mail("daan.vos@kpn.example", "Daan Vos", "kortingscode werkt niet",
            "Goedemiddag,\n\nGisteren via Mastodon al gemeld, nog geen antwoord: de code DANKJEWEL wordt niet "
            "geaccepteerd. Ik wil graag de nieuwe proefbox bestellen maar niet zonder de korting die jullie "
            "zelf aanbieden.\n\nMet vriendelijke groet,\nDaan Vos", 158, "nl", links=["@daanvos@mastodon.social"])
S.same_person.append(["mastodon:@daanvos@mastodon.social", "email:daan.vos@kpn.example"])
S.group("nl", "profile link", g27a, g27b)

# ---------------------------------------------------------------- Catalan
# G28: wrong tax number on the invoice, mail thread
a = "jordi.puig@gmail.example"
g28a = mail(a, "Jordi Puig", "Factura comanda 41712",
            "Bon dia,\n\nA la factura de la comanda 41712 hi surt el NIF malament (hi posa 4781223B i és "
            "47812232B) i l'adreça és l'antiga. Me la podeu refer, si us plau? La necessito per a la feina.\n\n"
            "Gràcies,\nJordi Puig", 96, "ca")
r = answer(g28a, g28a, "Hola Jordi,\n\ngràcies pel missatge. Ho estem mirant i et diem alguna cosa aviat.\n\n"
           "Salutacions,\nEllie", 100, "ca")
g28b = mail(a, "Jordi Puig", "Re: Factura comanda 41712",
            "Hola de nou, encara no tinc la factura corregida i ja fa tres dies. Em fa falta per tancar les "
            "despeses del mes.\nJordi", 170, "ca", thread=rid(g28a), irt=rid(r))
S.group("ca", "one identity", g28a, g28b)

# G29: subscription box not arrived (Bluesky)
a = "nuria-camps.bsky.social"
g29a = post(B, a, "Núria", "la caixa de gener de @marigoldapothecary.bsky.social encara no ha arribat i les "
            "meves amigues ja tenen la seva des de fa dies 😒", 400, "ca")
g29b = post(B, a, "Núria", "doncs res, seguim sense caixa. @marigoldapothecary.bsky.social algú em pot dir on "
            "para?", 430, "ca")
S.group("ca", "one identity", g29a, g29b)

# G30: cracked candle glass (Mastodon)
a = "@pauribas@mastodont.cat"
g30a = post(M, a, "Pau Ribas", "@marigold@wellness.social m'ha arribat l'espelma de romaní amb el vidre "
            "esquerdat i la cera feta miques. Quina pena, era per regalar 😞", 140, "ca")
g30b = post(M, a, "Pau Ribas", "@marigold@wellness.social bon dia, alguna resposta sobre l'espelma trencada? "
            "No sé si l'he de tornar o què", 163, "ca")
S.group("ca", "one identity", g30a, g30b)

# ---------------------------------------------------------------- follow-ups
a = "helen.park@icloud.example"
f1a = mail(a, "Helen Park", "Missing pump",
           "Hi! My Rose & Neroli body lotion came without the pump top, just a screw lid... is that right? "
           "The photo on the website shows a pump.\n\nThanks, Helen", 22, "en")
r = answer(f1a, f1a, "Hi Helen,\n\nsorry about that! Could you let us know your order number so we can pop a "
           "pump in the post?\n\nEllie", 25, "en")
f1b = mail(a, "Helen Park", "Re: Missing pump", "Sure, it's MA-41749. Thank you!", 28, "en",
           thread=rid(f1a), irt=rid(r))
S.negative("follow-up", f1a, f1b, "gives the order number the shop asked for")

a = "j.hoffmann@gmx.example"
f2a = mail(a, "Jonas Hoffmann", "Seife kaputt angekommen",
           "Hallo, die Ziegenmilchseife aus meiner Bestellung 41710 kam in drei Teilen an. Kann man da was "
           "machen?\nLG Jonas", 72, "de")
r = answer(f2a, f2a, "Hallo Jonas,\n\ndas tut uns leid! Kannst du uns bitte ein Foto von der Seife und der "
           "Verpackung schicken? Dann schicken wir Ersatz.\n\nViele Grüße\nEllie", 75, "de")
f2b = mail(a, "Jonas Hoffmann", "AW: Seife kaputt angekommen",
           "Hi, anbei die Fotos (Seife + Karton). Der Karton hatte schon eine Delle, als er ankam.\nGruß Jonas",
           90, "de", thread=rid(f2a), irt=rid(r))
S.negative("follow-up", f2a, f2b, "sends the photos the shop asked for")

a = "elodie.b@orange.example"
f3a = mail(a, "Élodie Bernard", "Erreur de commande",
           "Bonjour, j'ai reçu une huile de jojoba au lieu de l'huile d'argan commandée. Comment faire "
           "l'échange ? Merci", 140, "fr")
r = answer(f3a, f3a, "Bonjour Élodie,\n\npouvez-vous nous indiquer votre numéro de commande ainsi que "
           "l'adresse de livraison ?\n\nMerci, l'équipe Marigold", 144, "fr")
f3b = mail(a, "Élodie Bernard", "Re: Erreur de commande",
           "Bonjour, c'est la commande n° 41795, livrée au 12 rue des Tanneurs, 31000 Toulouse. Merci !",
           150, "fr", thread=rid(f3a), irt=rid(r))
S.negative("follow-up", f3a, f3b, "gives the order number and address the shop asked for")

a = "a.romano@alice.example"
f4a = mail(a, "Andrea Romano", "Sapone sbagliato",
           "Buonasera, nel pacco c'era il sapone al carbone invece di quello alla lavanda. Come posso fare il "
           "cambio?\nAndrea", 205, "it")
f4b = mail(a, "Andrea Romano", "Re: Sapone sbagliato", "PS: dimenticavo, l'ordine è il 41830. Grazie",
           206, "it", thread=rid(f4a), irt=rid(f4a))
S.negative("follow-up", f4a, f4b, "PS with the order number, an hour later")

a = "k.jansen@xs4all.example"
f5a = mail(a, "Kees Jansen", "Kapotte fles",
           "Goedemorgen, de fles lavendelolie in mijn bestelling was gebroken. Wat nu?\n\nKees Jansen", 280, "nl")
r = answer(f5a, f5a, "Hoi Kees,\n\nvervelend! Kun je een foto sturen van de fles en je bestelnummer erbij "
           "zetten?\n\nGroet,\nEllie", 284, "nl")
f5b = mail(a, "Kees Jansen", "Re: Kapotte fles", "Hierbij de foto. Bestelnummer is 41872.\nGroet, Kees",
           300, "nl", thread=rid(f5a), irt=rid(r))
S.negative("follow-up", f5a, f5b, "sends the photo and order number the shop asked for")

a = "carolina-alves.bsky.social"
f6a = post(B, a, "Carol Alves", "@marigoldapothecary.bsky.social meu pedido veio sem o difusor, só o óleo. "
           "como resolvo?", 360, "pt")
f6b = post(B, a, "Carol Alves", "ah, esqueci: pedido #41911, comprei no dia 2", 361, "pt",
           thread=rid(f6a), irt=rid(f6a))
S.negative("follow-up", f6a, f6b, "adds the order number to her own post")

# ---------------------------------------------------------------- other complaints
a = "ana.moreno@telefonica.example"
o2a = mail(a, "Ana Moreno", "Pedido incompleto",
           "Hola, me ha llegado el pedido 41741 pero falta la vela de naranja. Sale en la factura pero en la "
           "caja no estaba.\nSaludos\nAna", 20, "es")
o2b = mail(a, "Ana Moreno", "Cargo de envío",
           "Hola, otra cosa: revisando el banco veo que me habéis cobrado 7,90 de envío cuando el pedido "
           "pasaba de 40€ y el envío tendría que ser gratis. ¿Me lo podéis devolver?\nAna Moreno", 110, "es")
S.negative("other-complaint", o2a, o2b, "first a missing candle, then a shipping charge")

a = "luca.conti@fastwebnet.example"
o5a = mail(a, "Luca Conti", "Spedizione", "Ciao, il mio ordine 41845 è in ritardo di una settimana, c'è "
           "qualche problema?\nLuca", 230, "it")
r = answer(o5a, o5a, "Ciao Luca,\n\nil pacco è partito ieri, dovrebbe arrivare entro venerdì!\n\nEllie",
           234, "it")
o5b = mail(a, "Luca Conti", "Re: Spedizione",
           "Arrivato, grazie. Però la candela al fico brucia solo al centro, dopo due accensioni c'è già un "
           "buco profondo e lo stoppino affoga nella cera. È normale?", 300, "it", thread=rid(o5a), irt=rid(r))
S.negative("other-complaint", o5a, o5b, "same order and thread, first late, then a candle that tunnels")

a = "@martavila@mastodont.cat"
o6a = post(M, a, "Marta Vila", "@marigold@wellness.social l'app no em deixa entrar, diu 'error de sessió' "
           "cada vegada", 50, "ca")
o6b = post(M, a, "Marta Vila", "@marigold@wellness.social ara que ja puc entrar: la comanda que vaig fer "
           "dimarts no surt a l'historial però sí que m'heu cobrat 🤔", 190, "ca")
S.negative("other-complaint", o6a, o6b, "first cannot log in, then an order charged but missing")

# ---------------------------------------------------------------- other customers
c1a = post(M, "@jesslowe@mastodon.art", "Jess Lowe", "is the marigold apothecary site down for anyone else? "
           "getting a 503 on checkout @marigold@wellness.social", 316, "en")
c1b = post(B, "sam-oduya.bsky.social", "Sam O.", "@marigoldapothecary.bsky.social your checkout page is broken, "
           "error every time I hit pay. was trying to grab the last Winter Woods candle 😭", 317, "en")
S.negative("other-customer", c1a, c1b, "two customers hit the same checkout outage")

c2a = mail("michael.weber@t-online.example", "Michael Weber", "Bestellung 41880",
           "Hallo,\n\nunsere Bestellung 41880 (Geschenkbox für meine Schwiegermutter) ist immer noch nicht da, "
           "obwohl sie letzten Mittwoch verschickt wurde. Können Sie nachsehen?\n\nM. Weber", 250, "de")
c2b = mail("anja.weber@t-online.example", "Anja Weber", "Paket fehlt",
           "Guten Tag,\n\nmein Mann hat Ihnen schon geschrieben, ich wollte trotzdem nachhaken: die Geschenkbox "
           "(Bestellung 41880) ist nicht angekommen, und wir brauchen sie bis Sonntag.\n\nViele Grüße\n"
           "Anja Weber", 256, "de")
S.negative("other-customer", c2a, c2b, "a couple sharing one order, each writing")

c3a = post(B, "cris-navarro.bsky.social", "Cris", "@marigoldapothecary.bsky.social el código ENERO20 no "
           "funciona, me dice que no es válido 🙄", 130, "es")
c3b = mail("pablo.martin.s@gmail.example", "Pablo Martín", "Código de descuento",
           "Hola, intento usar el código ENERO20 que vi en vuestro Instagram y me sale 'código no válido'. "
           "¿Está caducado? Gracias", 139, "es")
S.negative("other-customer", c3a, c3b, "two customers with the same rejected code")

c4a = mail("alex.martin@protonmail.example", "Alex Martin", "Order 41955 not here yet",
           "Hi,\n\nmy order 41955 was supposed to arrive Tuesday, tracking hasn't updated since it left your "
           "warehouse. Can you check?\n\nCheers, Alex", 340, "en")
c4b = post(B, "alexmartin-art.bsky.social", "Alex Martin",
           "ordered a box from @marigoldapothecary.bsky.social ten days ago and still nothing. tracking just "
           "says 'label created'. anyone else?", 352, "en")
S.same_name_different_people.append(["email:alex.martin@protonmail.example", "bluesky:alexmartin-art.bsky.social"])
S.negative("other-customer", c4a, c4b, "two different people named Alex Martin, both waiting for a parcel")

c5a = mail("maria.santos@bol.example", "Maria Santos", "Reembolso",
           "Boa tarde,\n\ndevolvi o kit de óleos essenciais há duas semanas e ainda não recebi o reembolso. "
           "Pedido 41702.\n\nMaria Santos", 150, "pt")
c5b = post(M, "@mariasantos@masto.example", "Maria Santos",
           "@marigold@wellness.social cancelei a encomenda 41899 antes de ser enviada e o dinheiro ainda não "
           "voltou para o cartão. Quanto tempo demora?", 160, "pt")
S.same_name_different_people.append(["email:maria.santos@bol.example", "mastodon:@mariasantos@masto.example"])
S.negative("other-customer", c5a, c5b, "two different people named Maria Santos, each waiting for a refund")

c6a = mail("wouter.bakker@hetnet.example", "Wouter Bakker", "Pakket niet bezorgd",
           "Dag,\n\nvolgens PostNL is mijn pakket vandaag 'niet bezorgd – geen toegang tot adres'. Ik was gewoon "
           "thuis. Kunnen jullie het laten herbezorgen? Bestelling 41890.\n\nWouter", 270, "nl")
c6b = post(B, "ilse-kok.bsky.social", "Ilse", "Hee @marigoldapothecary.bsky.social, PostNL zegt dat ze mijn "
           "pakket niet konden bezorgen maar er is hier niemand aan de deur geweest. Lekker dan.", 276, "nl")
S.negative("other-customer", c6a, c6b, "two customers, the same failed delivery by the carrier")

# ---------------------------------------------------------------- window
a = "george.hale@btinternet.example"
w1a = mail(a, "George Hale", "Subscription box late",
           "Hello,\n\nJanuary box hasn't arrived and everyone in the Facebook group has theirs. Could you "
           "check?\n\nGeorge", 10, "en")
w1b = mail(a, "George Hale", "Box still missing",
           "Hi, writing again about my January box, it never came. Please send one out or refund me.\n\n"
           "George Hale", 230, "en")
S.negative("window", w1a, w1b, "the same missing box again nine days later")

a = "@lenakrause@troet.example"
w2a = post(M, a, "Lena Krause", "@marigold@wellness.social Passwort zurücksetzen funktioniert bei mir nicht, "
           "die Mail kommt nie an 🙁", 40, "de")
w2b = post(M, a, "Lena Krause", "@marigold@wellness.social wieder das gleiche Spiel: Passwort-Reset-Mail kommt "
           "nicht. Hat das schon mal jemand repariert?", 245, "de")
S.negative("window", w2a, w2b, "the same reset failure again eight and a half days later")

a = "arnau-soler.bsky.social"
w3a = post(B, a, "Arnau Soler", "@marigoldapothecary.bsky.social el cupó de benvinguda no funciona a la web 🤷",
           12, "ca")
w3b = post(B, a, "Arnau Soler", "@marigoldapothecary.bsky.social encara no em funciona el cupó de "
           "benvinguda...", 250, "ca")
S.negative("window", w3a, w3b, "the same coupon problem again ten days later")

a = "rocio.herrera@gmail.example"
w4a = mail(a, "Rocío Herrera", "Mi pedido", "Hola! Mi pedido 41728 sigue sin llegar, ¿sabéis algo?", 60, "es")
w4b = mail(a, "Rocío Herrera", "Pedido 41728",
           "Buenas, vuelvo a escribir porque el pedido 41728 sigue sin aparecer. Ya van 3 semanas desde que lo "
           "hice.\nRocío", 300, "es")
S.negative("window", w4a, w4b, "the same late order again ten days later")

# ---------------------------------------------------------------- filler
mail("ruth.adeyemi@gmail.example", "Ruth Adeyemi", "Tea tree oil and cats",
     "Hi, quick one: is it safe to diffuse your tea tree oil in a flat with two cats? Thanks!", 3, "en")
post(M, "@owenp@fosstodon.example", "Owen", "@marigold@wellness.social are your candles soy or paraffin? "
     "trying to avoid paraffin", 88, "en")
post(B, "hattie-w.bsky.social", "Hattie", "@marigoldapothecary.bsky.social do you do gift wrapping? want to "
     "send the sampler set to my sister", 410, "en")
post(B, "irene-sanz.bsky.social", "Irene", "@marigoldapothecary.bsky.social ¿los jabones son veganos? el de "
     "leche de cabra supongo que no jaja", 180, "es")
mail("quique.dorta@gmail.example", "Enrique Dorta", "Envíos a Canarias",
     "Hola, ¿hacéis envíos a Canarias? ¿Y cuánto cuesta?\nGracias", 320, "es")
mail("s.richter@freenet.example", "Susanne Richter", "Rosen-Gesichtsöl 50 ml?",
     "Guten Tag,\ngibt es das Rosen-Gesichtsöl auch in der 50-ml-Flasche?\nFreundliche Grüße\nS. Richter",
     100, "de")
post(B, "paul-h.bsky.social", "Paul", "@marigoldapothecary.bsky.social wann kommt eigentlich die Februar-Box "
     "raus?", 450, "de")
post(M, "@claire_v@mamot.example", "Claire", "@marigold@wellness.social vos huiles essentielles sont bio ? je "
     "vois pas de label sur la fiche produit", 70, "fr")
mail("nicolas.faure@sfr.example", "Nicolas Faure", "Pause abonnement",
     "Bonjour,\nest-il possible de mettre l'abonnement en pause pendant un mois ? Je pars en février.\n"
     "Merci\nNicolas", 390, "fr")
post(M, "@ines@masto.example", "Inês", "@marigold@wellness.social vocês têm loja física em Lisboa ou é só "
     "online?", 240, "pt")
mail("joana.pires@sapo.example", "Joana Pires", "Assinatura como presente",
     "Olá, posso oferecer a assinatura da caixa como presente (3 meses)? Obrigada, Joana", 460, "pt")
post(B, "vale-rizzo.bsky.social", "Vale", "@marigoldapothecary.bsky.social la candela alla vaniglia torna "
     "disponibile?", 125, "it")
mail("bb.lemimose@gmail.example", "Chiara Galli", "Ordini per B&B",
     "Buongiorno, gestisco un piccolo B&B: fate sconti per ordini grandi di saponette?\nGrazie, Chiara",
     335, "it")
post(M, "@noor@mastodon.nl", "Noor", "@marigold@wellness.social zijn jullie zeepjes geschikt voor een baby met "
     "eczeem?", 200, "nl")
mail("r.devries@hotmail.example", "Ruben de Vries", "adres wijzigen",
     "Hallo, kan ik mijn bezorgadres nog wijzigen? De bestelling is van vanochtend.\nRuben", 440, "nl")
post(M, "@gemma@mastodont.cat", "Gemma", "@marigold@wellness.social teniu sabó sense perfum? tinc la pell "
     "molt sensible", 345, "ca")

S.write(HERE, "Repeats in other words, Marigold Apothecary: written without sight of the detector or its "
        "lexicon; the labels say what a person reading the posts would say.")
