#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Labelled set of repeats in other words: Quillfeather Books.

A small shop selling new and second-hand books, book subscriptions,
reading lamps and tote bags gets posts by email, Mastodon and Bluesky in
eight languages (en, es, de, fr, pt, it, nl, ca). The set holds 30 true
repeat groups (25 pairs, 5 triples; 10 of them across two channels, the
identities known by a profile link or by the same display name only),
labelled negatives (follow-ups that add what the shop asked for, other
complaints by the same customer, other customers with the same complaint,
the same complaint again after more than 7 days), shop replies and one-off
questions as filler.

The posts were written without sight of the detector, its lexicon or the
other sets, as customers of such a shop write. The labels say what a
person reading the posts would say; they were never edited to fit the
detector. Run it to write fixture.jsonl and labels.json next to it; the
output is deterministic.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 9, 7, 9, 5, tzinfo=timezone.utc)
S = LabelledSet(BASE, "qf", "orders@quillfeather.example", "@quillfeather@books.social",
                "quillfeatherbooks.bsky.social", "Quillfeather Books")
add, group, negative, reply, rid = S.add, S.group, S.negative, S.reply, S.rid


def mail(author, text, hours, lang, subject, name=None, **kw):
    return add("email", author, text, hours, lang=lang, subject=subject, name=name, **kw)


def masto(author, text, hours, lang, name=None, **kw):
    return add("mastodon", author, text, hours, lang=lang, name=name, **kw)


def sky(author, text, hours, lang, name=None, **kw):
    return add("bluesky", author, text, hours, lang=lang, name=name, **kw)


def mail_reply(text, hours, to, lang):
    """The shop answers a mail; returns (reply key, thread id)."""
    return reply("email", text, hours, rid(to), rid(to), lang)


def then(author, text, hours, lang, subject, first, answer, name=None):
    """The customer's next mail in the thread of @first, answering @answer."""
    return mail(author, text, hours, lang, subject, name=name,
                thread=rid(first), in_reply_to=rid(answer))


# ---------------------------------------------------------------- English

# G1 (triple, one identity): late delivery, non-committal answer, then nudges
a = mail("d.okonkwo@fastpost.example",
         "Hi,\n\nI ordered three paperbacks (The Remains of the Day, Gilead and a used copy of "
         "Housekeeping) on the 1st, order #41877, and the tracking still says 'label created'. "
         "It's a birthday present for Saturday. Can you tell me what's going on?\n\nThanks,\nDavid",
         2, "en", "Order #41877 not shipped?", name="David Okonkwo")
r = mail_reply("Hi David, thanks for getting in touch. We're looking into it and will get back "
               "to you as soon as we can. Best, Ines @ Quillfeather", 6, a, "en")
b = then("d.okonkwo@fastpost.example",
         "Thanks Ines but it's now two days later and the tracking STILL says label created. "
         "Birthday is Saturday. Is this going to arrive or not? If not I'd rather just cancel and "
         "buy them locally.\n\nDavid", 52, "en", "Re: Order #41877 not shipped?", a, r,
         name="David Okonkwo")
c = then("d.okonkwo@fastpost.example", "hello?? still nothing on 41877. no parcel, no reply.\n\nSent from my phone",
         99, "en", "Re: Order #41877 not shipped?", a, r, name="David Okonkwo")
group("en", "one identity", a, b, c)

# G2 (pair, one identity): coupon not applied
a = masto("@marnie_reads@tootlibrary.example",
          "@quillfeather@books.social hey, your newsletter said BOOKWORM15 gives 15% off but the "
          "checkout just says 'code not valid'. tried it on two browsers. is it expired already?",
          20, "en", name="Marnie 📚")
b = masto("@marnie_reads@tootlibrary.example",
          "@quillfeather@books.social so... the fifteen percent thing. still rejected at checkout. "
          "kind of a weird move to email a discount that doesn't work 🙃",
          41, "en", name="Marnie 📚")
group("en", "one identity", a, b)

# G3 (pair, profile link email -> bluesky): damaged reading lamp
a = mail("priya.natarajan@lumenmail.example",
         "Hello,\n\nThe Arden clip-on reading lamp I bought (order 41902) arrived today with the "
         "neck snapped clean off at the joint. The box was crushed on one corner. Could you send a "
         "replacement please? I can send pictures.\n\nKind regards,\nPriya Natarajan",
         30, "en", "Broken lamp - order 41902", name="Priya Natarajan")
r = mail_reply("Dear Priya, sorry to hear that. We've passed this to our team and someone will "
               "be in touch. Quillfeather Books", 34, a, "en")
b = sky("priyanat.bsky.social",
        "@quillfeatherbooks.bsky.social emailed you 3 days ago about the Arden lamp that turned up "
        "snapped in half. Got a 'someone will be in touch' and then silence. It's literally in two "
        "pieces on my desk.", 104, "en", name="Priya N.", links=["priya.natarajan@lumenmail.example"])
S.same_person.append(["email:priya.natarajan@lumenmail.example", "bluesky:priyanat.bsky.social"])
group("en", "profile link", a, b)

# G4 (triple, one identity): subscription cancelled, still billed
a = sky("tomgreaves.bsky.social",
        "@quillfeatherbooks.bsky.social I cancelled my Mystery Box subscription in August (got the "
        "confirmation email and everything) and you've just charged me £18.50 again for September. "
        "Please refund.", 70, "en", name="Tom Greaves")
b = sky("tomgreaves.bsky.social",
        "@quillfeatherbooks.bsky.social Any news on that? Still seeing the £18.50 on my card for a "
        "box I cancelled weeks ago.", 95, "en", name="Tom Greaves")
c = sky("tomgreaves.bsky.social",
        "Love how cancelling a book subscription means you just keep paying for it anyway. "
        "@quillfeatherbooks.bsky.social third time asking.", 140, "en", name="Tom Greaves")
group("en", "one identity", a, b, c)

# G5 (pair, same name only, email -> mastodon): refund not received
a = mail("h.ashworth77@coldmail.example",
         "Hi there,\n\nI returned the hardback of 'The Overstory' (it had a torn dust jacket) and "
         "your site says the return was received on 2 Sept. Still no refund on my card. Order "
         "number is QF-41655.\n\nHelen Ashworth", 110, "en", "Refund for returned book", name="Helen Ashworth")
b = masto("@hashworth@knitting.example",
          "@quillfeather@books.social Hi, I emailed a couple of days ago - still waiting on my "
          "refund for the Overstory hardback you received back on the 2nd. Could someone check?",
          158, "en", name="Helen Ashworth")
S.same_person.append(["email:h.ashworth77@coldmail.example", "mastodon:@hashworth@knitting.example"])
group("en", "same name only", a, b)

# ---------------------------------------------------------------- Spanish

# G6 (pair, one identity): marked delivered, not received
a = mail("lucia.ferrer.m@correo.example",
         "Hola buenas,\n\nEl seguimiento del pedido nº 41713 pone 'entregado' desde ayer a las "
         "13:20 pero aquí no ha llegado nada. He preguntado a los vecinos y al portero y nada. "
         "¿Podéis mirar con la mensajería?\n\nUn saludo,\nLucía", 8, "es",
         "Pedido 41713 entregado pero no recibido", name="Lucía Ferrer")
r = mail_reply("Hola Lucía, lo estamos revisando con la empresa de transporte y te decimos algo. "
               "Un saludo, el equipo de Quillfeather", 12, a, "es")
b = then("lucia.ferrer.m@correo.example",
         "Hola otra vez. Han pasado cuatro dias y seguimos igual, el paquete no aparece por ningun "
         "lado. Si el transportista dice que lo dejo, ¿a quien se lo dejo? Necesito una solucion, "
         "o me lo reenviais o me devolveis el dinero.\n\nLucía", 105, "es",
         "Re: Pedido 41713 entregado pero no recibido", a, r, name="Lucía Ferrer")
group("es", "one identity", a, b)

# G7 (pair, profile link mastodon -> email): double charge
a = masto("@jandres@mastodon-es.example",
          "@quillfeather@books.social Hola, me habéis cobrado DOS veces la misma compra (27,90€ x2) "
          "de ayer, el lote de novela negra. En el banco aparecen los dos cargos. ¿Me devolvéis uno?",
          45, "es", name="Javi Andrés")
b = mail("javier.andres.g@buzon.example",
         "Buenas tardes,\n\nOs escribí por Mastodon el martes (soy @jandres) y no he tenido "
         "respuesta. Sigo teniendo el cargo duplicado de 27,90 € por el lote de novela negra. "
         "Adjunto captura del extracto.\n\nJavier Andrés", 118, "es", "Cobro duplicado",
         name="Javier Andrés", links=["@jandres@mastodon-es.example"])
S.same_person.append(["mastodon:@jandres@mastodon-es.example", "email:javier.andres.g@buzon.example"])
group("es", "profile link", a, b)

# G8 (pair, one identity): wrong book
a = sky("carmenlee.bsky.social",
        "@quillfeatherbooks.bsky.social pedí 'Nada' de Carmen Laforet en edición de bolsillo y me "
        "ha llegado 'Nada se opone a la noche' de Delphine de Vigan 😂 gracioso pero no es el que "
        "quería. ¿Cómo lo cambio?", 150, "es", name="Carmen")
b = sky("carmenlee.bsky.social",
        "@quillfeatherbooks.bsky.social sigo con el libro equivocado en casa y sin respuesta... "
        "¿me decís algo para cambiarlo o no?", 196, "es", name="Carmen")
group("es", "one identity", a, b)

# G9 (triple, one identity): cannot log in / reset
a = mail("pepe.villalba@correo.example",
         "hola no puedo entrar en mi cuenta, le doy a 'he olvidado mi contraseña' y no me llega "
         "ningun correo, ni en spam. mi usuario es este mismo email. gracias", 200, "es",
         "no puedo entrar", name="Pepe Villalba")
r = mail_reply("Hola Pepe, gracias por avisar, lo estamos mirando. Saludos, Quillfeather", 203, a, "es")
b = then("pepe.villalba@correo.example",
         "sigue sin llegarme el correo de la contraseña, lo he intentado 5 veces. tengo libros en "
         "la cesta y no puedo pagar", 226, "es", "Re: no puedo entrar", a, r, name="Pepe Villalba")
c = then("pepe.villalba@correo.example", "¿¿alguien?? sigo sin poder entrar",
         270, "es", "Re: no puedo entrar", a, r, name="Pepe Villalba")
group("es", "one identity", a, b, c)

# ---------------------------------------------------------------- German

# G10 (pair, one identity): invoice error
a = mail("buchhaltung@kanzlei-roeder.example",
         "Sehr geehrte Damen und Herren,\n\nauf Ihrer Rechnung RE-2026-3381 zu Bestellung 41790 "
         "ist die USt-IdNr. unserer Kanzlei nicht angegeben und die Anschrift lautet noch auf die "
         "alte Adresse (Lindenstr. 4). Bitte senden Sie uns eine korrigierte Rechnung.\n\nMit "
         "freundlichen Grüßen\nSabine Röder\nKanzlei Röder", 26, "de", "Rechnung RE-2026-3381 fehlerhaft",
         name="Sabine Röder")
r = mail_reply("Sehr geehrte Frau Röder, vielen Dank für den Hinweis, wir kümmern uns darum. "
               "Freundliche Grüße, Quillfeather Books", 29, a, "de")
b = then("buchhaltung@kanzlei-roeder.example",
         "Sehr geehrte Damen und Herren,\n\nleider haben wir bis heute keine korrigierte Rechnung "
         "erhalten. Ohne USt-IdNr. und mit falscher Anschrift können wir den Beleg nicht verbuchen. "
         "Ich bitte um zeitnahe Zusendung.\n\nMit freundlichen Grüßen\nS. Röder", 123, "de",
         "AW: Rechnung RE-2026-3381 fehlerhaft", a, r, name="Sabine Röder")
group("de", "one identity", a, b)

# G11 (pair, one identity): missing part
a = masto("@leseratte_kai@sozial.example",
          "@quillfeather@books.social Moin, die Leselampe 'Nook' ist heute angekommen, aber ohne "
          "Netzteil 🔌 Im Karton war nur die Lampe und der Klemmfuß. Kommt das separat?",
          60, "de", name="Kai")
b = masto("@leseratte_kai@sozial.example",
          "@quillfeather@books.social Lampe ohne Strom ist halt nur Deko. Immer noch kein Netzteil "
          "da und keine Antwort. Bestellung war 41821.", 131, "de", name="Kai")
group("de", "one identity", a, b)

# G12 (pair, same name only, email -> mastodon): return label
a = mail("m.bachmeier@webpost.example",
         "Hallo,\n\nich habe am Montag eine Retoure angemeldet (Buch doppelt bestellt, Bestellnr. "
         "41768) und laut Ihrer Seite sollte das Rücksendeetikett per Mail kommen. Ist aber nichts "
         "angekommen, auch nicht im Spam.\n\nGruß\nMonika Bachmeier", 75, "de",
         "Rücksendeetikett fehlt", name="Monika Bachmeier")
b = masto("@monib@mastodon-bayern.example",
          "@quillfeather@books.social Warte seit Tagen auf das Retourenlabel für mein doppelt "
          "bestelltes Buch. Per Mail schon nachgefragt. Wie soll ich das zurückschicken ohne Label?",
          170, "de", name="Monika Bachmeier")
S.same_person.append(["email:m.bachmeier@webpost.example", "mastodon:@monib@mastodon-bayern.example"])
group("de", "same name only", a, b)

# G13 (pair, one identity): app crash
a = sky("fritzi-liest.bsky.social",
        "@quillfeatherbooks.bsky.social Eure App stürzt bei mir jedes Mal ab, wenn ich auf "
        "'Merkliste' tippe. iPhone 13, neueste Version. Nervig 😕", 230, "de", name="Fritzi")
b = sky("fritzi-liest.bsky.social",
        "Merkliste in der Quillfeather-App öffnen = App zu. Immer noch. Seit drei Tagen. "
        "@quillfeatherbooks.bsky.social", 298, "de", name="Fritzi")
group("de", "one identity", a, b)

# ---------------------------------------------------------------- French

# G14 (triple, one identity): lost parcel
a = mail("sophie.marchand@courriel.example",
         "Bonjour,\n\nMa commande 41744 (deux livres de poche + un tote bag) devait être livrée "
         "mardi. Le suivi Colissimo n'a pas bougé depuis le 8 septembre, 'en cours d'acheminement'. "
         "Pouvez-vous vérifier ?\n\nCordialement,\nSophie Marchand", 120, "fr",
         "Commande 41744 bloquée", name="Sophie Marchand")
r = mail_reply("Bonjour Sophie, nous avons ouvert une enquête auprès du transporteur, nous "
               "revenons vers vous dès que possible. Bien à vous, Quillfeather Books", 125, a, "fr")
b = then("sophie.marchand@courriel.example",
         "Bonjour,\n\ntoujours rien, le suivi est figé. Ça fait maintenant 10 jours. Le colis est "
         "perdu, soyons honnêtes. Je voudrais soit un renvoi soit un remboursement.\n\nS. Marchand",
         170, "fr", "RE: Commande 41744 bloquée", a, r, name="Sophie Marchand")
c = then("sophie.marchand@courriel.example",
         "Bonjour, une réponse serait appréciée. cde 41744 toujours pas reçue.", 240, "fr",
         "RE: Commande 41744 bloquée", a, r, name="Sophie Marchand")
group("fr", "one identity", a, b, c)

# G15 (pair, one identity): wrong colour tote bag
a = masto("@camille_b@piaille.example",
          "@quillfeather@books.social coucou, j'avais commandé le tote bag 'Lire est un acte de "
          "résistance' en vert sapin et j'ai reçu le moutarde... c possible de l'échanger ?",
          180, "fr", name="Camille B.")
b = masto("@camille_b@piaille.example",
          "@quillfeather@books.social bon, toujours mon sac moutarde au lieu du vert, toujours pas "
          "de réponse. je le renvoie comment ??", 226, "fr", name="Camille B.")
group("fr", "one identity", a, b)

# G16 (pair, profile link bluesky -> email): refund not received
a = sky("jbdelorme.bsky.social",
        "@quillfeatherbooks.bsky.social remboursement promis il y a 15 jours pour l'abonnement "
        "'Poche du mois' annulé, toujours rien sur mon compte. Vous pouvez regarder ?", 250, "fr",
        name="JB Delorme")
b = mail("jean-baptiste.delorme@netmail.example",
         "Bonjour,\n\nJe me permets de vous relancer par mail (je vous ai écrit sur Bluesky, "
         "@jbdelorme). Le remboursement de mon abonnement Poche du mois (29 €) n'est toujours pas "
         "arrivé. Merci de me tenir informé.\n\nJean-Baptiste Delorme", 310, "fr",
         "Remboursement abonnement", name="Jean-Baptiste Delorme", links=["jbdelorme.bsky.social"])
S.same_person.append(["bluesky:jbdelorme.bsky.social", "email:jean-baptiste.delorme@netmail.example"])
group("fr", "profile link", a, b)

# G17 (pair, one identity): rude courier
a = mail("r.haddad@courriel.example",
         "Bonjour,\n\nJe tiens à vous signaler le comportement du livreur qui m'a apporté ma "
         "commande ce matin : il a jeté le carton par-dessus le portail et m'a insulté quand je "
         "lui ai fait remarquer. Je ne veux plus être livrée par ce transporteur.\n\nRim Haddad",
         330, "fr", "Livreur très désagréable", name="Rim Haddad")
r = mail_reply("Bonjour Madame Haddad, nous sommes désolés, nous transmettons au transporteur. "
               "Cordialement, Quillfeather Books", 336, a, "fr")
b = then("r.haddad@courriel.example",
         "Bonjour, 'nous transmettons' c'est tout ? Ce monsieur m'a insultée devant chez moi. "
         "J'aimerais savoir ce qui est fait concrètement et que ma prochaine commande passe par "
         "un autre transporteur.", 380, "fr", "RE: Livreur très désagréable", a, r, name="Rim Haddad")
group("fr", "one identity", a, b)

# ---------------------------------------------------------------- Portuguese

# G18 (pair, one identity): late order (pt-BR)
a = mail("rafa.tavares@caixapostal.example",
         "Olá, boa tarde\n\nFiz o pedido 41699 no dia 30/08 e até agora nada, o rastreio não "
         "atualiza. Era pra chegar em 5 dias úteis. Podem verificar por favor?\n\nObrigado\nRafael "
         "Tavares", 14, "pt", "Pedido 41699 atrasado", name="Rafael Tavares")
b = mail("rafa.tavares@caixapostal.example",
         "Oi, mandei email segunda e ninguem respondeu. Meu pedido continua sem chegar e sem "
         "atualizacao nenhuma no rastreio. Ja são quase duas semanas. Quero uma posição.\n\nRafael",
         88, "pt", "pedido ainda não chegou!!", name="Rafael Tavares")
group("pt", "one identity", a, b)

# G19 (pair, one identity): coupon not applied
a = sky("ana-lima-le.bsky.social",
        "@quillfeatherbooks.bsky.social o cupom LEIAMAIS10 não tá funcionando no site, diz "
        "'cupom inválido'. Ele ainda vale?", 100, "pt", name="Ana Lima")
b = sky("ana-lima-le.bsky.social",
        "@quillfeatherbooks.bsky.social e o cupom? tentei de novo hj e nada, continua dando "
        "inválido 🙁", 150, "pt", name="Ana Lima")
group("pt", "one identity", a, b)

# G20 (pair, same name only, email -> bluesky): damaged book
a = mail("joana.p.ribeiro@correio.example",
         "Bom dia,\n\nRecebi hoje a encomenda nº 41888 mas o livro 'Memorial do Convento' veio "
         "com a capa rasgada e várias páginas dobradas, parece que a caixa apanhou água. Gostaria "
         "de uma troca.\n\nCumprimentos,\nJoana Ribeiro", 260, "pt", "Livro danificado",
         name="Joana Ribeiro")
b = sky("joanaribeiro.bsky.social",
        "@quillfeatherbooks.bsky.social boa tarde, enviei email há uns dias por causa do "
        "Memorial do Convento que chegou todo molhado e rasgado. Sem resposta até agora. Podem "
        "ver isso?", 335, "pt", name="Joana Ribeiro")
S.same_person.append(["email:joana.p.ribeiro@correio.example", "bluesky:joanaribeiro.bsky.social"])
group("pt", "same name only", a, b)

# G21 (pair, one identity): subscription double charge
a = masto("@tiagomendes@masto.pt.example",
          "@quillfeather@books.social a assinatura do Clube do Livro foi debitada duas vezes este "
          "mês (2x 15€). Podem estornar uma?", 280, "pt", name="Tiago Mendes")
b = masto("@tiagomendes@masto.pt.example",
          "@quillfeather@books.social continuo com dois débitos da assinatura no cartão. alguém "
          "aí?", 345, "pt", name="Tiago Mendes")
group("pt", "one identity", a, b)

# ---------------------------------------------------------------- Italian

# G22 (pair, one identity): late delivery, with a follow-up in the thread
a = mail("giulia.conti.89@posta.example",
         "Buongiorno,\n\nho ordinato una settimana fa due libri e la lampada da lettura piccola "
         "ma non è ancora arrivato nulla e non ho ricevuto nessun codice di tracciamento.\n\nGrazie,"
         "\nGiulia Conti", 36, "it", "Ordine non arrivato", name="Giulia Conti")
r = mail_reply("Buongiorno Giulia, ci può indicare il numero d'ordine? Così verifichiamo subito. "
               "Quillfeather Books", 40, a, "it")
f = then("giulia.conti.89@posta.example",
         "Certo, il numero è 41806. Grazie", 42, "it", "Re: Ordine non arrivato", a, r, name="Giulia Conti")
negative("follow-up", a, f, "gives the order number the shop asked for")
b = then("giulia.conti.89@posta.example",
         "Buongiorno, vi ho mandato il numero d'ordine tre giorni fa e da allora silenzio. Il "
         "pacco non è arrivato e non so nemmeno se è partito. Mi fate sapere qualcosa?\n\nGiulia",
         115, "it", "Re: Ordine non arrivato", a, r, name="Giulia Conti")
group("it", "one identity", a, b)

# G23 (pair, profile link mastodon -> bluesky): subscription cancelled but charged
a = masto("@marcoferri@mastodon.uno.example",
          "@quillfeather@books.social ho disdetto l'abbonamento 'Giallo del mese' il 20 agosto e "
          "oggi mi avete addebitato 19,90€. Come mai?", 190, "it", name="Marco Ferri")
b = sky("marcoferri.bsky.social",
        "@quillfeatherbooks.bsky.social provo anche qui visto che su mastodon nessuno risponde: "
        "abbonamento disdetto ad agosto e addebito di settembre arrivato lo stesso. Rimborso?",
        262, "it", name="Marco F.", links=["@marcoferri@mastodon.uno.example"])
S.same_person.append(["mastodon:@marcoferri@mastodon.uno.example", "bluesky:marcoferri.bsky.social"])
group("it", "profile link", a, b)

# G24 (triple, one identity): return label not received
a = mail("lorenzo.galli@libero-posta.example",
         "Salve, ho chiesto il reso per il cofanetto di Ferrante (arrivato con un volume "
         "doppio) ma l'etichetta di reso non mi è mai arrivata. Ordine QF41733. Saluti, Lorenzo",
         300, "it", "Etichetta reso", name="Lorenzo Galli")
r = mail_reply("Salve Lorenzo, stiamo verificando e le faremo sapere. Quillfeather Books",
               306, a, "it")
b = then("lorenzo.galli@libero-posta.example",
         "Salve, ancora nessuna etichetta. Il reso ha una scadenza di 14 giorni e non vorrei "
         "perderlo per colpa vostra.", 350, "it", "Re: Etichetta reso", a, r, name="Lorenzo Galli")
c = then("lorenzo.galli@libero-posta.example",
         "etichetta??? sono passati 4 giorni", 398, "it", "Re: Etichetta reso", a, r, name="Lorenzo Galli")
group("it", "one identity", a, b, c)

# ---------------------------------------------------------------- Dutch

# G25 (pair, one identity): wrong book
a = mail("bram.vandijk@postbus.example",
         "Goedemiddag,\n\nIk had 'Het Achterhuis' besteld (bestelling 41760) maar ik heb 'Het "
         "Behouden Huis' gekregen. Kan ik het omruilen?\n\nGroet,\nBram van Dijk", 50, "nl",
         "Verkeerd boek ontvangen", name="Bram van Dijk")
r = mail_reply("Hoi Bram, excuses! We zoeken het uit en laten het je weten. Groet, Quillfeather",
               55, a, "nl")
b = then("bram.vandijk@postbus.example",
         "Hallo, nog steeds niks gehoord. Ik heb nog altijd het verkeerde boek hier liggen. Hoe "
         "gaan we dit oplossen?\n\nBram", 140, "nl", "Re: Verkeerd boek ontvangen", a, r,
         name="Bram van Dijk")
group("nl", "one identity", a, b)

# G26 (pair, same name only, bluesky -> mastodon): delivered but not received
a = sky("eva-smits.bsky.social",
        "@quillfeatherbooks.bsky.social volgens PostNL is mijn pakketje gisteren 'bezorgd' maar "
        "er is niks. Niet bij de buren, niet in de brievenbus. Wat nu?", 210, "nl", name="Eva Smits")
b = masto("@evasmits@mastodon.nl.example",
          "@quillfeather@books.social ook hier maar even: pakket staat als bezorgd, heb het nooit "
          "gehad. Al 3 dagen geen reactie op bluesky.", 285, "nl", name="Eva Smits")
S.same_person.append(["bluesky:eva-smits.bsky.social", "mastodon:@evasmits@mastodon.nl.example"])
group("nl", "same name only", a, b)

# G27 (pair, one identity): cannot log in
a = masto("@pieterjan@mastodon.nl.example",
          "@quillfeather@books.social inloggen op jullie site lukt niet meer, krijg steeds "
          "'er is iets misgegaan'. Wachtwoord al gereset, maakt niks uit.", 360, "nl", name="Pieter-Jan")
b = masto("@pieterjan@mastodon.nl.example",
          "@quillfeather@books.social nog steeds 'er is iets misgegaan' bij het inloggen. wil "
          "gewoon mijn bestellingen kunnen zien 😩", 402, "nl", name="Pieter-Jan")
group("nl", "one identity", a, b)

# ---------------------------------------------------------------- Catalan

# G28 (pair, one identity): late order
a = mail("nuria.puig@correu.example",
         "Bon dia,\n\nVaig fer la comanda 41815 fa deu dies i encara no ha arribat. El seguiment "
         "diu 'en trànsit' des de dijous. Em podeu dir alguna cosa?\n\nGràcies,\nNúria Puig",
         64, "ca", "Comanda 41815 endarrerida", name="Núria Puig")
r = mail_reply("Bon dia Núria, ho estem mirant amb el transportista. Salutacions, Quillfeather",
               68, a, "ca")
b = then("nuria.puig@correu.example",
         "Hola, continua igual, 'en transit' i res mes. Ja fa gairebé dues setmanes que espero. "
         "Si no arriba aviat vull que em torneu els diners.", 160, "ca",
         "Re: Comanda 41815 endarrerida", a, r, name="Núria Puig")
group("ca", "one identity", a, b)

# G29 (pair, profile link mastodon -> email): damaged item
a = masto("@oriolcasas@mastodont.cat.example",
          "@quillfeather@books.social m'ha arribat el llum de lectura amb el vidre de la pantalla "
          "trencat a bocins 😞 com ho fem?", 220, "ca", name="Oriol")
b = mail("oriol.casas.v@correu.example",
         "Hola,\n\nUs vaig escriure per Mastodon (@oriolcasas) fa uns dies: el llum de lectura "
         "em va arribar amb la pantalla de vidre trencada. No he tingut resposta. Voldria que me'l "
         "canviéssiu.\n\nOriol Casas", 292, "ca", "Llum trencat", name="Oriol Casas",
         links=["@oriolcasas@mastodont.cat.example"])
S.same_person.append(["mastodon:@oriolcasas@mastodont.cat.example", "email:oriol.casas.v@correu.example"])
group("ca", "profile link", a, b)

# G30 (pair, same name only, bluesky -> email): refund not received
a = sky("martavidal.bsky.social",
        "@quillfeatherbooks.bsky.social fa dues setmanes que vaig retornar la bossa de tela i "
        "encara no m'heu tornat els 14€. Quan arribarà el reemborsament?", 380, "ca", name="Marta Vidal")
b = mail("mvidal.bcn@correu.example",
         "Bones,\n\nEncara espero el reemborsament de la bossa que vaig retornar. Ja us ho vaig "
         "dir per Bluesky. Són 14 euros, no és gaire, però són meus.\n\nMarta Vidal", 440, "ca",
         "Reemborsament bossa", name="Marta Vidal")
S.same_person.append(["bluesky:martavidal.bsky.social", "email:mvidal.bcn@correu.example"])
group("ca", "same name only", a, b)

# ---------------------------------------------------------------- follow-ups

a = mail("owen.fletcher@fastpost.example",
         "Hi, my reading lamp flickers constantly after about ten minutes on. Bought it last "
         "month. Is that a known fault?\n\nOwen", 80, "en", "Lamp flickering", name="Owen Fletcher")
r = mail_reply("Hi Owen, sorry about that. Could you send us your order number so we can "
               "arrange a swap? Thanks, Quillfeather Books", 84, a, "en")
b = then("owen.fletcher@fastpost.example", "Sure, it's order 41512. Cheers, Owen", 86, "en",
         "Re: Lamp flickering", a, r, name="Owen Fletcher")
negative("follow-up", a, b, "gives the order number the shop asked for")

a = mail("elena.sanz@buzon.example",
         "Hola, el libro 'Patria' me ha llegado con el lomo roto y hojas sueltas. Pedido 41740. "
         "¿Me lo podéis cambiar?\nElena", 130, "es", "Libro roto", name="Elena Sanz")
r = mail_reply("Hola Elena, lo sentimos. ¿Nos puedes mandar una foto del libro? Gracias.",
               133, a, "es")
b = then("elena.sanz@buzon.example", "Hola, os adjunto las fotos del lomo y de las hojas "
         "sueltas. Un saludo", 137, "es", "Re: Libro roto", a, r, name="Elena Sanz")
negative("follow-up", a, b, "sends the photo the shop asked for")

a = mail("j.krueger@webpost.example",
         "Hallo, im Paket fehlte der Stoffbeutel, der laut Aktion zur Bestellung gratis dabei "
         "sein sollte. Viele Grüße, Jens Krüger", 215, "de", "Gratis-Beutel fehlt", name="Jens Krüger")
b = mail("j.krueger@webpost.example",
         "PS: Bestellnummer ist 41844, hatte ich vergessen. Und es war die Aktion 'Herbstlese'.",
         216, "de", "Re: Gratis-Beutel fehlt", name="Jens Krüger", thread=rid(a), in_reply_to=rid(a))
negative("follow-up", a, b, "PS with the order number and the promotion, same thread")

a = mail("aline.rousseau@courriel.example",
         "Bonjour, je voudrais changer l'adresse de livraison de ma commande 41870, j'ai "
         "déménagé la semaine dernière. Merci ! Aline", 275, "fr", "Changement d'adresse",
         name="Aline Rousseau")
r = mail_reply("Bonjour Aline, bien sûr, pouvez-vous nous indiquer la nouvelle adresse "
               "complète ? Quillfeather Books", 279, a, "fr")
b = then("aline.rousseau@courriel.example", "Voici : 12 rue des Tanneurs, 67000 Strasbourg. "
         "Merci beaucoup", 281, "fr", "RE: Changement d'adresse", a, r, name="Aline Rousseau")
negative("follow-up", a, b, "gives the new address the shop asked for")

a = mail("fernanda.costa@caixapostal.example",
         "Oi! A sacola de tecido que comprei veio com a costura da alça soltando. Pedido 41905. "
         "Dá pra trocar?\nFernanda", 320, "pt", "Sacola com defeito", name="Fernanda Costa")
r = mail_reply("Oi Fernanda, claro! Pode nos mandar uma foto da alça? Abraços, Quillfeather",
               324, a, "pt")
b = then("fernanda.costa@caixapostal.example", "Segue a foto em anexo. Obrigada!", 327, "pt",
         "Re: Sacola com defeito", a, r, name="Fernanda Costa")
negative("follow-up", a, b, "sends the photo the shop asked for")

# (the sixth follow-up is in G22)

# ---------------------------------------------------------------- other complaints

a = mail("k.moreau.uk@coldmail.example",
         "Hi, my order 41650 was meant to arrive last Friday and is still not here. Any idea "
         "where it is?\nKate", 24, "en", "Where is my order?", name="Kate Moreau")
b = mail("k.moreau.uk@coldmail.example",
         "Hi again - the parcel finally turned up, thanks. But the invoice inside charges me for "
         "two copies of 'Piranesi' and there was only one in the box (and I only ordered one). "
         "Can you fix the invoice and refund the difference?\nKate", 90, "en",
         "Invoice wrong on 41650", name="Kate Moreau")
negative("other-complaint", a, b, "late delivery, then an invoice error on the same order")

a = masto("@leseratte_kai@sozial.example",
          "@quillfeather@books.social Und noch was: in meinem Kundenkonto steht als Rechnungs"
          "adresse immer noch meine alte Wohnung, ändern geht nicht, Button grau.", 135, "de", name="Kai")
negative("other-complaint", S.groups[10][0], a,
         "missing power supply, then the billing address cannot be changed")

a = masto("@camille_b@piaille.example",
          "@quillfeather@books.social et sinon le code BIENVENUE ne marche pas non plus sur ma "
          "nouvelle commande 🙄", 232, "fr", name="Camille B.")
negative("other-complaint", S.groups[14][0], a, "wrong colour tote bag, then a coupon that fails")

a = mail("bia.nogueira@correio.example",
         "Olá, não consigo fazer login na minha conta, diz que a senha está errada mas acabei de "
         "mudar. Beatriz", 150, "pt", "login", name="Beatriz Nogueira")
b = mail("bia.nogueira@correio.example",
         "Olá, consegui entrar afinal, obrigada. Mas agora vi que a minha última encomenda foi "
         "cobrada duas vezes no cartão (2x 32,40€). Podem devolver uma?\nBeatriz", 200, "pt",
         "cobrança em duplicado", name="Beatriz Nogueira")
negative("other-complaint", a, b, "cannot log in, then a double charge")

a = mail("nuria.puig@correu.example",
         "Hola,\n\nPer fi ha arribat la comanda 41815, però el repartidor m'ha parlat fatal i ha "
         "deixat la caixa a terra al carrer sense trucar. No és manera.\n\nNúria", 190, "ca",
         "Queixa repartidor", name="Núria Puig")
negative("other-complaint", S.groups[27][1], a, "late order, then a rude courier on delivery")

a = sky("carmenlee.bsky.social",
        "y encima la app se me cierra sola cada vez que intento abrir el carrito 🙄 "
        "@quillfeatherbooks.bsky.social", 200, "es", name="Carmen")
negative("other-complaint", S.groups[7][0], a, "wrong book, then the app crashes")

# ---------------------------------------------------------------- other customers

a = masto("@inkstainedfern@tootlibrary.example",
          "@quillfeather@books.social is your site down? getting a 502 on every page", 226, "en",
          name="Fern")
b = sky("bookishbarnaby.bsky.social",
        "quillfeather website seems to be dead?? was about to buy the new Tana French "
        "@quillfeatherbooks.bsky.social", 227, "en", name="Barnaby")
negative("other-customer", a, b, "two customers during the same site outage")

a = mail("ute.hartmann@gmx-post.example",
         "Guten Tag, seit heute Morgen kann ich mich nicht mehr einloggen, es kommt 'Serverfehler'. "
         "Gruß U. Hartmann", 340, "de", "Login geht nicht", name="Ute Hartmann")
b = mail("stefan.lorenz@webpost.example",
         "Hallo zusammen, Login auf quillfeather funktioniert seit heute früh nicht, "
         "Serverfehler 500. Bei Ihnen bekannt?\nStefan", 342, "de", "Serverfehler beim Login",
         name="Stefan Lorenz")
negative("other-customer", a, b, "two customers hit by the same login outage")

a = mail("claire.dupuis@courriel.example",
         "Bonjour, notre commande 41799 n'est toujours pas arrivée, pouvez-vous regarder ? "
         "Claire Dupuis", 140, "fr", "Commande 41799", name="Claire Dupuis")
b = masto("@thomasdupuis@piaille.example",
          "@quillfeather@books.social bonjour, on attend toujours la commande 41799 (ma femme "
          "vous a écrit aussi), une idée de quand elle arrive ?", 160, "fr", name="Thomas Dupuis")
negative("other-customer", a, b, "a couple sharing one order, each asking")

a = mail("maria.santos.porto@correio.example",
         "Bom dia, a minha encomenda ainda não chegou, já passaram 8 dias. Nº 41770? não, "
         "41771. Obrigada, Maria Santos", 180, "pt", "Encomenda atrasada", name="Maria Santos")
b = sky("mariasantos-sp.bsky.social",
        "@quillfeatherbooks.bsky.social oi, meu pedido tá atrasado, era pra ter chegado ontem em "
        "Campinas. Alguma previsão?", 205, "pt", name="Maria Santos")
S.same_name_different_people.append(["email:maria.santos.porto@correio.example",
                                     "bluesky:mariasantos-sp.bsky.social"])
negative("other-customer", a, b, "two different people named Maria Santos (Porto, Campinas), both late")

a = masto("@jdevries@mastodon.nl.example",
          "@quillfeather@books.social wachtwoord reset mail komt niet aan, al 3x geprobeerd", 365, "nl",
          name="Jan de Vries")
b = sky("jandevries-utrecht.bsky.social",
        "@quillfeatherbooks.bsky.social krijg geen mail om mijn wachtwoord te resetten, zit "
        "ook niet in spam", 370, "nl", name="Jan de Vries")
S.same_name_different_people.append(["mastodon:@jdevries@mastodon.nl.example",
                                     "bluesky:jandevries-utrecht.bsky.social"])
negative("other-customer", a, b, "two different people named Jan de Vries, same reset problem")

a = sky("saragil.bsky.social",
        "@quillfeatherbooks.bsky.social el código OTOÑO20 no me funciona, ¿está caducado?", 400, "es",
        name="Sara Gil")
b = masto("@manupr@mastodon-es.example",
          "@quillfeather@books.social el descuento de otoño no se aplica en el carrito, "
          "¿soy yo o no va?", 410, "es", name="Manu")
negative("other-customer", a, b, "two customers with the same broken autumn code")

# ---------------------------------------------------------------- window (> 7 days)

a = mail("g.whitfield@lumenmail.example",
         "Hello, the bulb in my Arden desk lamp has died after a week. Is it replaceable or do I "
         "need to send the lamp back?\nGeorge Whitfield", 5, "en", "Lamp bulb dead",
         name="George Whitfield")
b = mail("g.whitfield@lumenmail.example",
         "Hello, I wrote about the dead bulb in my Arden lamp ages ago and never heard back. "
         "Still in the dark here, literally.\nGeorge", 260, "en", "Lamp bulb - again",
         name="George Whitfield")
negative("window", a, b, "same dead bulb again, ten days later")

a = masto("@alessia_legge@mastodon.uno.example",
          "@quillfeather@books.social il libro usato che ho comprato ha metà delle pagine "
          "sottolineate a penna, nella scheda c'era scritto 'ottime condizioni'...", 10, "it",
          name="Alessia")
b = masto("@alessia_legge@mastodon.uno.example",
          "@quillfeather@books.social vi riscrivo per il libro usato tutto sottolineato venduto "
          "come 'ottimo'. Nessuna risposta in quasi due settimane.", 330, "it", name="Alessia")
negative("window", a, b, "same complaint about a used book, thirteen days later")

a = sky("henrike-b.bsky.social",
        "@quillfeatherbooks.bsky.social mein Abo-Paket 'Krimi des Monats' für August ist nie "
        "angekommen.", 40, "de", name="Henrike")
b = sky("henrike-b.bsky.social",
        "@quillfeatherbooks.bsky.social das August-Paket vom Krimi-Abo fehlt immer noch!!", 250, "de",
        name="Henrike")
negative("window", a, b, "same missing subscription box, nine days later")

a = mail("lotte.jansen@postbus.example",
         "Hoi, mijn kortingscode LEESCLUB werkt niet bij het afrekenen. Groetjes, Lotte", 100, "nl",
         "kortingscode", name="Lotte Jansen")
b = mail("lotte.jansen@postbus.example",
         "Hoi, die kortingscode LEESCLUB doet het nog steeds niet. Jammer. Lotte", 450, "nl",
         "kortingscode werkt nog steeds niet", name="Lotte Jansen")
negative("window", a, b, "same coupon complaint, two weeks later")

# ---------------------------------------------------------------- filler

mail("arthur.penn@fastpost.example", "Hi, do you buy second-hand books? I have about 200 "
     "paperbacks, mostly sci-fi, from clearing out my dad's flat.\nArthur", 16, "en",
     "Selling books to you?", name="Arthur Penn")
masto("@moth_and_margins@tootlibrary.example", "@quillfeather@books.social do you ship to "
      "Ireland? and roughly how long does it take?", 55, "en", name="moth")
sky("readswithrosie.bsky.social", "@quillfeatherbooks.bsky.social can I gift a 3-month Mystery "
    "Box to someone without paying for the whole year?", 180, "en", name="Rosie")
mail("ines.roca@buzon.example", "Hola, ¿tenéis 'Los santos inocentes' de Delibes en tapa dura? "
     "Gracias", 95, "es", "Consulta disponibilidad", name="Inés Roca")
masto("@lectora_nocturna@mastodon-es.example", "@quillfeather@books.social ¿las lámparas de "
      "lectura funcionan con pilas o solo con cable?", 300, "es", name="Lectora nocturna")
mail("p.weber@gmx-post.example", "Guten Tag, bieten Sie auch Geschenkgutscheine an? Als PDF "
     "wäre ideal.\nMfG Peter Weber", 110, "de", "Gutscheine", name="Peter Weber")
sky("buchmaus.bsky.social", "@quillfeatherbooks.bsky.social habt ihr die neue Juli Zeh schon "
    "vorrätig?", 390, "de", name="Buchmaus")
masto("@lucas_lit@piaille.example", "@quillfeather@books.social vous faites des dédicaces ou "
      "des rencontres avec des auteurs parfois ?", 85, "fr", name="Lucas")
mail("m.lefevre@netmail.example", "Bonjour, est-il possible de payer par virement pour une "
     "commande de 30 livres pour notre bibliothèque associative ?\nMarc Lefèvre", 420, "fr",
     "Commande groupée", name="Marc Lefèvre")
sky("livrosdapri.bsky.social", "@quillfeatherbooks.bsky.social vocês enviam pro Brasil? qual o "
    "frete mais ou menos?", 240, "pt", name="Pri")
mail("carlos.matos@correio.example", "Boa tarde, os livros usados têm garantia? Obrigado, "
     "Carlos Matos", 375, "pt", "Dúvida livros usados", name="Carlos Matos")
masto("@fede_legge@mastodon.uno.example", "@quillfeather@books.social le tote bag sono in "
      "cotone bio?", 125, "it", name="Federico")
sky("chiara-libri.bsky.social", "@quillfeatherbooks.bsky.social si può mettere in pausa "
    "l'abbonamento per un mese quando si va in vacanza?", 455, "it", name="Chiara")
masto("@boekenwurm@mastodon.nl.example", "@quillfeather@books.social verkopen jullie ook "
      "Nederlandstalige tweedehands boeken of alleen Engels?", 175, "nl", name="Boekenwurm")
mail("jordi.serra@correu.example", "Bon dia, teniu llibres en català de segona mà? Busco "
     "'Mecanoscrit del segon origen'. Gràcies, Jordi", 230, "ca", "Llibres en català",
     name="Jordi Serra")
sky("laialectora.bsky.social", "@quillfeatherbooks.bsky.social feu enviaments a Andorra?", 470,
    "ca", name="Laia")

S.write(HERE, "Quillfeather Books: repeats in other words in eight languages, written without "
        "sight of the detector; labels as a reader would give them.")
