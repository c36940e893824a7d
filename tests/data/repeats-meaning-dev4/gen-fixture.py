#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A fourth labelled set of repeats in other words, for tuning the repeat
detector: posts to "Funda & Volt", a small online shop for phone cases,
chargers and cables (fundavolt.example), on email, Mastodon and Bluesky, in
eight languages.

The posts were written as the shop's customers would write them, without
sight of the detector, its lexicon or the other sets. The labels say what a
person reading the posts would say (the same customer with the same
complaint again within 7 days, or not) and were never edited to fit the
detector.

Run with python3; it writes fixture.jsonl and labels.json next to itself.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 7, 6, 9, 40, 0, tzinfo=timezone.utc)
SHOP = "Funda & Volt"
s = LabelledSet(BASE, "pc", "hola@fundavolt.example", "@fundavolt@mastodon.example",
                "fundavolt.bsky.social", SHOP)
E, M, B = "email", "mastodon", "bluesky"
rid = s.rid


def mail(author, name, subject, text, hours, lang, thread=None, in_reply_to=None, links=None):
    return s.add(E, author, text, hours, lang=lang, subject=subject, name=name,
                 thread=thread, in_reply_to=in_reply_to, links=links)


def answer(first, text, hours, lang):
    """The shop's mail answer to the thread started by @first."""
    return s.reply(E, text, hours, rid(first), rid(first), lang)


# ---------------------------------------------------------------- English
# 1. lost parcel, same mail thread after a non-committal answer (triple)
a = mail("gareth.lloyd@postbox.example", "Gareth Lloyd", "Order #41230 not arrived",
         "Hi,\n\nI ordered the MagSafe charging puck and two USB-C cables on the 29th (order #41230). "
         "Tracking hasn't moved since Thursday, says 'in transit - hub'. Any idea where it is?\n\nThanks\nGareth", 2, "en")
r = answer(a, "Hi Gareth, thanks for getting in touch. We're looking into it with the courier and will get back to you.\n\nFunda & Volt", 6, "en")
b = mail("gareth.lloyd@postbox.example", "Gareth Lloyd", "Re: Order #41230 not arrived",
         "It's been three days since your reply and still nothing. Tracking still frozen at the hub. "
         "Can you actually chase this or just resend it?\n\nG", 78, "en", rid(a), rid(r))
c = mail("gareth.lloyd@postbox.example", "Gareth Lloyd", "Re: Order #41230 not arrived",
         "hello?? a week now. I'd like either my cables or my money back.", 124, "en", rid(a), rid(r))
s.group("en", "one identity", a, b, c)

# 2. double charge, Mastodon then Bluesky with profile link
a = s.add(M, "@nadia_k@toot.example", "@fundavolt@mastodon.example hey, I just got charged twice for the same order?? "
          "two lots of £18.99 on my card this morning for one braided cable. pls sort", 30, lang="en", name="Nadia K")
b = s.add(B, "nadiakhan.bsky.social", "@fundavolt.bsky.social asked you on mastodon yesterday about being billed twice "
          "for one cable and heard nothing. still two payments pending on my account", 55, lang="en", name="Nadia Khan",
          links=["@nadia_k@toot.example"])
s.same_person.append(["mastodon:@nadia_k@toot.example", "bluesky:nadiakhan.bsky.social"])
s.group("en", "profile link", a, b)

# 3. wrong colour case, same name on email then Bluesky
a = mail("tomasz.b@fastmail.example", "Tom Brennan", "Wrong colour",
         "Hello, I ordered the slim case for the Pixel 8 in sage green and got a bright pink one. "
         "Order 41307. How do I swap it?\nCheers, Tom", 100, "en")
b = s.add(B, "tombrennan.bsky.social", "ordered a sage green phone case from @fundavolt.bsky.social, received barbie pink. "
          "emailed them two days ago, crickets. lovely shade, just not what I paid for", 150, lang="en", name="Tom Brennan")
s.same_person.append(["email:tomasz.b@fastmail.example", "bluesky:tombrennan.bsky.social"])
s.group("en", "same name only", a, b)

# 4. password reset mail never comes (Mastodon, same handle)
a = s.add(M, "@quietfox@social.example", "@fundavolt@mastodon.example your password reset email never arrives. "
          "tried 4 times, checked spam. can't get into my account to see my orders", 190, lang="en", name="quietfox")
b = s.add(M, "@quietfox@social.example", "@fundavolt@mastodon.example still locked out btw. no reset link, nothing. "
          "is anyone there", 214, lang="en", name="quietfox")
s.group("en", "one identity", a, b)

# 5. refund not received, email without order number in repeat
a = mail("p.okafor@mailbox.example", "Priya Okafor", "Refund for returned charger",
         "Dear Funda & Volt,\n\nI sent back the 65W GaN charger (order 41188) on 2 July, your site shows the return as received on the 8th "
         "but I have not had a refund yet.\n\nKind regards,\nPriya Okafor", 240, "en")
r = answer(a, "Dear Priya, refunds can take 5-10 working days to appear. We'll keep an eye on it.\n\nBest, Funda & Volt", 245, "en")
b = mail("p.okafor@mailbox.example", "Priya Okafor", "Re: Refund for returned charger",
         "Hello again, it's now well over ten days since you received it and my bank shows nothing. "
         "Please can someone check the refund was actually issued.\n\nPriya", 330, "en", rid(a), rid(r))
s.group("en", "one identity", a, b)

# 6. coupon not applied, Bluesky same handle, sarcastic
a = s.add(B, "lukeplays.bsky.social", "@fundavolt.bsky.social the SUMMER15 code from your newsletter says 'invalid' at checkout. expired already?",
          300, lang="en", name="Luke")
b = s.add(B, "lukeplays.bsky.social", "love a discount code that doesn't discount anything. "
          "@fundavolt.bsky.social SUMMER15 still rejected, 2nd day trying", 325, lang="en", name="Luke")
s.group("en", "one identity", a, b)

# ---------------------------------------------------------------- Spanish
# 7. damaged item (triple), email thread
a = mail("marisa.ortega@correo.example", "Marisa Ortega", "Funda rota pedido 41255",
         "Hola buenas,\nme ha llegado la funda de cuero del iPhone 15 con la costura abierta por un lado y una marca en la tapa. "
         "Pedido nº 41255. Que hago?\nUn saludo, Marisa", 20, "es")
r = answer(a, "Hola Marisa, lo sentimos mucho. Lo estamos revisando y te decimos algo pronto.\nFunda & Volt", 26, "es")
b = mail("marisa.ortega@correo.example", "Marisa Ortega", "Re: Funda rota pedido 41255",
         "Hola, sigo sin saber nada. La funda esta descosida, no es algo que se pueda arreglar. Me la cambiais o no?", 70, "es", rid(a), rid(r))
c = mail("marisa.ortega@correo.example", "Marisa Ortega", "Re: Funda rota pedido 41255",
         "Tercer correo ya. 35 euros por una funda que se cae a trozos. Espero respuesta.", 118, "es", rid(a), rid(r))
s.group("es", "one identity", a, b, c)

# 8. subscription still billed, Mastodon then email with profile link
a = s.add(M, "@jcarrasco@mastodon.example", "@fundavolt@mastodon.example di de baja la suscripcion del 'cable del mes' en junio "
          "y me habeis vuelto a cobrar 9,90 este mes. Cómo lo paro?", 160, lang="es", name="Javi Carrasco")
b = mail("javier.carrasco@correo.example", "Javier Carrasco", "Cobro suscripción cancelada",
         "Buenas, os escribí por Mastodon (@jcarrasco) hace dos días. Cancelé la suscripción en junio y me seguís cobrando. "
         "Quiero que me devolvais los 9,90 y que no vuelva a pasar.\nJavier", 208, "es",
         links=["@jcarrasco@mastodon.example"])
s.same_person.append(["mastodon:@jcarrasco@mastodon.example", "email:javier.carrasco@correo.example"])
s.group("es", "profile link", a, b)

# 9. parcel "delivered" not received, same name Bluesky then Mastodon
a = s.add(B, "luciafdez.bsky.social", "@fundavolt.bsky.social pone entregado pero aquí no ha llegado nada. ni en buzón ni vecinos. pedido 41390",
          260, lang="es", name="Lucía Fernández")
b = s.add(M, "@luciaf@mastodon.example", "@fundavolt@mastodon.example hola, sigo sin paquete aunque el seguimiento dice entregado desde el lunes. "
          "ya os lo dije por bluesky", 290, lang="es", name="Lucía Fernández")
s.same_person.append(["bluesky:luciafdez.bsky.social", "mastodon:@luciaf@mastodon.example"])
s.group("es", "same name only", a, b)

# 10. cannot log in after site update, email
a = mail("rafa.mendez@correo.example", "Rafa Méndez", "No puedo entrar en mi cuenta",
         "Desde ayer no puedo iniciar sesion, me dice 'credenciales incorrectas' y la contraseña es la misma de siempre.", 350, "es")
b = mail("rafa.mendez@correo.example", "Rafa Méndez", "sigo sin poder entrar",
         "Hola? sigo igual, no me deja entrar en la cuenta. Quiero ver el estado de mi pedido y no puedo", 372, "es")
s.group("es", "one identity", a, b)

# ---------------------------------------------------------------- German
# 11. missing part, Mastodon
a = s.add(M, "@kai_w@chaos.example", "@fundavolt@mastodon.example Moin, bei der Ladestation 3in1 fehlt das Netzteil. "
          "Nur das Kabel im Karton. Bestellung 41277", 40, lang="de", name="Kai W.")
b = s.add(M, "@kai_w@chaos.example", "@fundavolt@mastodon.example immer noch kein Netzteil und keine Antwort. "
          "Ladestation ohne Strom ist halt ein Briefbeschwerer", 90, lang="de", name="Kai W.")
s.group("de", "one identity", a, b)

# 12. late delivery, email then Bluesky same name
a = mail("sabine.hoffmann@posteo.example", "Sabine Hoffmann", "Lieferung Bestellung 41301",
         "Guten Tag,\n\nich habe am 8.7. zwei Panzerglasfolien bestellt, Lieferzeit war 2-3 Tage. Bis heute ist nichts da.\n\nMfG\nSabine Hoffmann",
         120, "de")
b = s.add(B, "sabinehoff.bsky.social", "Seit über einer Woche warte ich auf zwei Schutzfolien von @fundavolt.bsky.social. "
          "Mail blieb unbeantwortet. Wo bleibt das Paket?", 180, lang="de", name="Sabine Hoffmann")
s.same_person.append(["email:sabine.hoffmann@posteo.example", "bluesky:sabinehoff.bsky.social"])
s.group("de", "same name only", a, b)

# 13. invoice error, email thread
a = mail("buchhaltung@mueller-elektro.example", "Jens Müller", "Rechnung RE-2026-0733 fehlerhaft",
         "Hallo,\n\nauf der Rechnung RE-2026-0733 fehlt unsere USt-IdNr. und die Firmenadresse ist falsch "
         "(Hauptstr. 12 statt 21). Bitte korrigierte Rechnung schicken.\n\nGruß\nJens Müller\nMüller Elektro GmbH", 220, "de")
r = answer(a, "Hallo Herr Müller, danke für den Hinweis, wir kümmern uns darum.\nFunda & Volt", 228, "de")
b = mail("buchhaltung@mueller-elektro.example", "Jens Müller", "Re: Rechnung RE-2026-0733 fehlerhaft",
         "Hallo nochmal, die korrigierte Rechnung ist noch nicht gekommen. Unser Steuerberater wartet. Bitte zeitnah.\n\nJ. Müller", 290, "de",
         rid(a), rid(r))
s.group("de", "one identity", a, b)

# 14. app crash, Bluesky
a = s.add(B, "leni.codes.bsky.social", "die @fundavolt.bsky.social app stürzt beim bezahlen ab, jedes mal. android 14. "
          "warenkorb dann leer lol", 400, lang="de", name="Leni")
b = s.add(B, "leni.codes.bsky.social", "2. versuch heute, app crasht wieder genau beim checkout. "
          "@fundavolt.bsky.social ich will euch doch geld geben", 424, lang="de", name="Leni")
s.group("de", "one identity", a, b)

# ---------------------------------------------------------------- French
# 15. wrong size (triple), email
a = mail("claire.dubois@laposte.example", "Claire Dubois", "Erreur commande 41262",
         "Bonjour,\n\nJ'ai commandé une coque pour Galaxy S24 et j'ai reçu une coque pour S24 Ultra, elle ne tient pas du tout. "
         "Cde 41262.\n\nCordialement,\nClaire Dubois", 50, "fr")
r = answer(a, "Bonjour Claire, nous regardons cela et revenons vers vous rapidement.\nFunda & Volt", 54, "fr")
b = mail("claire.dubois@laposte.example", "Claire Dubois", "Re: Erreur commande 41262",
         "Bonjour, toujours pas de nouvelles. Je voudrais juste la bonne coque, la S24 normale.", 100, "fr", rid(a), rid(r))
c = mail("claire.dubois@laposte.example", "Claire Dubois", "Re: Erreur commande 41262",
         "Relance. Ça fait bientôt une semaine. Merci de me dire comment vous renvoyer la mauvaise.", 170, "fr", rid(a), rid(r))
s.group("fr", "one identity", a, b, c)

# 16. rude courier, Mastodon then Bluesky with link
a = s.add(M, "@yannick@piaille.example", "@fundavolt@mastodon.example votre livreur a balancé mon colis par-dessus le portail "
          "et m'a envoyé bouler quand je lui ai fait la remarque. Super", 140, lang="fr", name="Yannick")
b = s.add(B, "yannick-r.bsky.social", "Je le redis ici puisque pas de réponse sur mastodon : le livreur de @fundavolt.bsky.social "
          "jette les colis et insulte les gens. C'est qui votre transporteur ?", 175, lang="fr", name="Yannick R.",
          links=["@yannick@piaille.example"])
s.same_person.append(["mastodon:@yannick@piaille.example", "bluesky:yannick-r.bsky.social"])
s.group("fr", "profile link", a, b)

# 17. return label not received, email
a = mail("m.lefevre@free.example", "Mathieu Lefèvre", "Étiquette de retour",
         "Bonjour, j'ai demandé un retour pour le chargeur voiture il y a 3 jours et je n'ai jamais reçu l'étiquette. Merci", 280, "fr")
b = mail("m.lefevre@free.example", "Mathieu Lefèvre", "etiquette retour toujours pas reçue",
         "re-bonjour, toujours pas d'etiquette de retour. je dois le renvoyer avant la fin du délai de 14j moi", 330, "fr")
s.group("fr", "one identity", a, b)

# 18. refund, Bluesky
a = s.add(B, "ines.mrtn.bsky.social", "@fundavolt.bsky.social coucou, retour reçu chez vous le 10 d'après le suivi, toujours pas remboursée 🙃",
          430, lang="fr", name="Inès")
b = s.add(B, "ines.mrtn.bsky.social", "@fundavolt.bsky.social toujours rien sur mon compte... vous comptez me rembourser quand ?",
          470, lang="fr", name="Inès")
s.group("fr", "one identity", a, b)

# ---------------------------------------------------------------- Portuguese
# 19. lost parcel, email then Mastodon same name
a = mail("joao.pereira@sapo.example", "João Pereira", "Encomenda 41280 não chegou",
         "Boa tarde,\nA minha encomenda (41280, carregador sem fios) foi enviada há 9 dias e o rastreio não atualiza. "
         "Podem verificar?\nObrigado\nJoão", 60, "pt")
b = s.add(M, "@jpereira@masto.example", "@fundavolt@mastodon.example olá, mandei email mas nada. o carregador sem fios nunca chegou, "
          "rastreio parado há mais de uma semana", 110, lang="pt", name="João Pereira")
s.same_person.append(["email:joao.pereira@sapo.example", "mastodon:@jpereira@masto.example"])
s.group("pt", "same name only", a, b)

# 20. double charge, email thread
a = mail("carla.souza@uol.example", "Carla Souza", "cobrança duplicada",
         "Oi, fui cobrada duas vezes pela compra do cabo lightning (R$ 59,90 x2). Preciso do estorno de uma delas.\nCarla", 200, "pt")
r = answer(a, "Olá Carla, vamos verificar com o nosso banco e damos notícias.\nFunda & Volt", 206, "pt")
b = mail("carla.souza@uol.example", "Carla Souza", "Re: cobrança duplicada",
         "e aí? continua as duas cobranças na fatura do cartão. quando sai o estorno??", 270, "pt", rid(a), rid(r))
s.group("pt", "one identity", a, b)

# 21. coupon, Bluesky
a = s.add(B, "rafa-lima.bsky.social", "@fundavolt.bsky.social o cupom BEMVINDO10 não funciona no carrinho, diz que não é válido",
          380, lang="pt", name="Rafael Lima")
b = s.add(B, "rafa-lima.bsky.social", "@fundavolt.bsky.social então, e o desconto? tentei de novo e nada, cupom inválido",
          400, lang="pt", name="Rafael Lima")
s.group("pt", "one identity", a, b)

# ---------------------------------------------------------------- Italian
# 22. damaged cable (triple), Mastodon
a = s.add(M, "@giulia_r@mastodon.example", "@fundavolt@mastodon.example il cavo usb-c intrecciato da 2m è arrivato con la guaina "
          "spaccata vicino al connettore. ordine 41295. come faccio?", 80, lang="it", name="Giulia R.")
b = s.add(M, "@giulia_r@mastodon.example", "@fundavolt@mastodon.example ciao? il cavo rotto ce l'ho ancora qui, nessuna risposta", 130,
          lang="it", name="Giulia R.")
c = s.add(M, "@giulia_r@mastodon.example", "@fundavolt@mastodon.example vabbè, ultimo tentativo: cavo arrivato danneggiato, "
          "voglio sostituzione o rimborso", 200, lang="it", name="Giulia R.")
s.group("it", "one identity", a, b, c)

# 23. delivered not received, email then Bluesky link
a = mail("marco.bianchi@libero.example", "Marco Bianchi", "Pacco risulta consegnato ma non ricevuto",
         "Buongiorno,\nil tracking dell'ordine 41322 dice consegnato ieri alle 14:10 ma io ero a casa e non è passato nessuno.\n"
         "Saluti\nMarco Bianchi", 150, "it")
b = s.add(B, "marcobianchi.bsky.social", "@fundavolt.bsky.social vi ho scritto per email: pacco 'consegnato' che non ho mai visto. "
          "Qualcuno mi risponde?", 215, lang="it", name="Marco B.", links=["marco.bianchi@libero.example"])
s.same_person.append(["email:marco.bianchi@libero.example", "bluesky:marcobianchi.bsky.social"])
s.group("it", "profile link", a, b)

# 24. subscription, email
a = mail("f.russo@tiscali.example", "Francesca Russo", "Abbonamento disdetto ma addebitato",
         "Salve, ho disdetto l'abbonamento 'Cavo del mese' il 1 luglio ma il 15 mi avete addebitato 9,90€. Chiedo il rimborso.", 320, "it")
b = mail("f.russo@tiscali.example", "Francesca Russo", "ANCORA addebito abbonamento",
         "Vi ho già scritto: l'abbonamento è DISDETTO e mi avete preso i soldi lo stesso. Aspetto risposta.", 365, "it")
s.group("it", "one identity", a, b)

# ---------------------------------------------------------------- Dutch
# 25. wrong item (triple), email thread
a = mail("sanne.devries@ziggo.example", "Sanne de Vries", "Verkeerd artikel ontvangen (41244)",
         "Hoi,\n\nIk had een oplader van 30W besteld maar er zat een autolader in de doos. Bestelnummer 41244.\n\nGroetjes, Sanne", 10, "nl")
r = answer(a, "Hoi Sanne, vervelend! We zoeken het uit en laten het je weten.\nFunda & Volt", 15, "nl")
b = mail("sanne.devries@ziggo.example", "Sanne de Vries", "Re: Verkeerd artikel ontvangen (41244)",
         "Al iets bekend? Ik heb nog steeds die autolader hier liggen en geen 30W oplader.", 60, "nl", rid(a), rid(r))
c = mail("sanne.devries@ziggo.example", "Sanne de Vries", "Re: Verkeerd artikel ontvangen (41244)",
         "Nou? Ik heb geen auto eens. Graag de juiste oplader sturen.", 140, "nl", rid(a), rid(r))
s.group("nl", "one identity", a, b, c)

# 26. login problem, Mastodon then Bluesky same name
a = s.add(M, "@bramjanssen@mastodon.example", "@fundavolt@mastodon.example kan niet inloggen op de site, krijg steeds 'sessie verlopen' "
          "na het invullen van mijn wachtwoord", 230, lang="nl", name="Bram Janssen")
b = s.add(B, "bramjanssen.bsky.social", "@fundavolt.bsky.social inloggen lukt nog steeds niet, blijft 'sessie verlopen' zeggen. "
          "gisteren ook al gemeld", 262, lang="nl", name="Bram Janssen")
s.same_person.append(["mastodon:@bramjanssen@mastodon.example", "bluesky:bramjanssen.bsky.social"])
s.group("nl", "same name only", a, b)

# 27. late delivery, Bluesky
a = s.add(B, "lottevdb.bsky.social", "@fundavolt.bsky.social besteld op maandag, 'morgen in huis' stond er. het is vrijdag. "
          "waar is mijn hoesje", 340, lang="nl", name="Lotte")
b = s.add(B, "lottevdb.bsky.social", "@fundavolt.bsky.social nog steeds geen hoesje hoor", 390, lang="nl", name="Lotte")
s.group("nl", "one identity", a, b)

# ---------------------------------------------------------------- Catalan
# 28. damaged charger, email
a = mail("jordi.puig@vilaweb.example", "Jordi Puig", "Carregador arribat trencat",
         "Bon dia,\nel carregador de 20W de la comanda 41260 ha arribat amb l'endoll doblegat, no entra a la paret.\n"
         "Salutacions,\nJordi", 35, "ca")
r = answer(a, "Bon dia Jordi, ho estem mirant i et direm alguna cosa aviat.\nFunda & Volt", 40, "ca")
b = mail("jordi.puig@vilaweb.example", "Jordi Puig", "Re: Carregador arribat trencat",
         "Bon dia, encara no en sé res. El carregador segueix inservible. Me l'envieu de nou?", 110, "ca", rid(a), rid(r))
s.group("ca", "one identity", a, b)

# 29. double charge, Bluesky then Mastodon link
a = s.add(B, "martasoler.bsky.social", "@fundavolt.bsky.social m'heu cobrat dues vegades la mateixa comanda, 24,50 € x2. ho podeu mirar?",
          250, lang="ca", name="Marta Soler")
b = s.add(M, "@msoler@mastodon.example", "@fundavolt@mastodon.example ho torno a dir aquí: doble càrrec a la targeta per una sola comanda. "
          "ningú m'ha contestat a bluesky", 300, lang="ca", name="Marta S.", links=["martasoler.bsky.social"])
s.same_person.append(["bluesky:martasoler.bsky.social", "mastodon:@msoler@mastodon.example"])
s.group("ca", "profile link", a, b)

# 30. return label, Mastodon
a = s.add(M, "@pauferrer@mastodon.example", "@fundavolt@mastodon.example hola! vaig demanar l'etiqueta de devolució per la funda "
          "fa dies i no m'ha arribat res", 410, lang="ca", name="Pau Ferrer")
b = s.add(M, "@pauferrer@mastodon.example", "@fundavolt@mastodon.example encara sense etiqueta de retorn eh. com us retorno la funda?",
          450, lang="ca", name="Pau Ferrer")
s.group("ca", "one identity", a, b)

# ============================================================ negatives
# follow-up: the shop asks for something, the customer supplies it
a = mail("derek.hall@btmail.example", "Derek Hall", "Charger stopped working",
         "Hi, the 45W charger I bought last month stopped charging my phone. Light comes on but nothing happens.", 12, "en")
r = answer(a, "Hi Derek, sorry about that. Could you send us your order number and a photo of the charger's label?\nFunda & Volt", 16, "en")
b = mail("derek.hall@btmail.example", "Derek Hall", "Re: Charger stopped working",
         "Sure, order is 41102. Photo of the label attached. Serial ends 7731.\nDerek", 19, "en", rid(a), rid(r))
s.negative("follow-up", a, b, "sends the order number and photo the shop asked for")

a = mail("elena.vidal@correo.example", "Elena Vidal", "Protector de pantalla con burbujas",
         "Hola, el cristal templado que compré deja burbujas en toda la parte de abajo, no hay manera.", 84, "es")
r = answer(a, "Hola Elena, ¿nos puedes mandar una foto y el número de pedido?\nFunda & Volt", 88, "es")
b = mail("elena.vidal@correo.example", "Elena Vidal", "Re: Protector de pantalla con burbujas",
         "Claro, os adjunto la foto. El pedido es el 41211. Gracias!", 92, "es", rid(a), rid(r))
s.negative("follow-up", a, b, "sends the photo and order number asked for")

a = mail("thomas.becker@gmx.example", "Thomas Becker", "Falsche Rechnungsadresse",
         "Hallo, auf meiner Rechnung steht die alte Adresse. Bitte ändern.", 170, "de")
r = answer(a, "Hallo Herr Becker, welche Adresse sollen wir eintragen, und um welche Bestellung geht es?\nFunda & Volt", 176, "de")
b = mail("thomas.becker@gmx.example", "Thomas Becker", "Re: Falsche Rechnungsadresse",
         "Bestellung 41319, neue Adresse: Lindenweg 4, 50667 Köln.\nDanke!", 181, "de", rid(a), rid(r))
s.negative("follow-up", a, b, "gives the address and order the shop asked for")

a = mail("anne.morel@orange.example", "Anne Morel", "Colis abîmé",
         "Bonjour, le carton est arrivé écrasé et la coque a l'air rayée.", 260, "fr")
r = answer(a, "Bonjour Anne, pouvez-vous nous envoyer des photos de la coque et du carton ?\nFunda & Volt", 265, "fr")
b = mail("anne.morel@orange.example", "Anne Morel", "Re: Colis abîmé",
         "Voilà les photos. PS : c'était la commande 41341, j'ai oublié de le préciser.", 268, "fr", rid(a), rid(r))
s.negative("follow-up", a, b, "sends the photos asked for and adds the order number")

a = mail("lucas.santos@gmail.example", "Lucas Santos", "Pedido errado",
         "Olá, recebi um cabo USB-C para USB-C mas pedi USB-C para Lightning.", 310, "pt")
r = answer(a, "Olá Lucas, qual é o número do pedido, por favor?\nFunda & Volt", 314, "pt")
b = mail("lucas.santos@gmail.example", "Lucas Santos", "Re: Pedido errado",
         "É o pedido 41366. Valeu", 320, "pt", rid(a), rid(r))
s.negative("follow-up", a, b, "sends the order number asked for")

a = mail("daan.bakker@kpn.example", "Daan Bakker", "Retourlabel",
         "Goedemiddag, ik wil mijn hoesje retourneren maar vind nergens het retourlabel.", 360, "nl")
r = answer(a, "Hoi Daan, naar welk e-mailadres mogen we het label sturen, en wat is je bestelnummer?\nFunda & Volt", 364, "nl")
b = mail("daan.bakker@kpn.example", "Daan Bakker", "Re: Retourlabel",
         "Dit adres is prima. Bestelnummer 41380. Alvast bedankt!", 366, "nl", rid(a), rid(r))
s.negative("follow-up", a, b, "gives the order number and address asked for")

# other-complaint: same customer, a different complaint
a = s.add(M, "@harrietw@mastodon.example", "@fundavolt@mastodon.example my order 41229 is 4 days late, any news?", 24,
          lang="en", name="Harriet W")
b = s.add(M, "@harrietw@mastodon.example", "@fundavolt@mastodon.example parcel 41229 finally came, thanks. but the invoice "
          "has my name spelt 'Harriot' and the VAT is wrong, can you reissue it?", 120, lang="en", name="Harriet W")
s.negative("other-complaint", a, b, "late delivery, then an invoice error on the same order")

a = s.add(B, "pablo-ruiz.bsky.social", "@fundavolt.bsky.social la web se cae cada vez que intento pagar con paypal", 140,
          lang="es", name="Pablo Ruiz")
b = s.add(B, "pablo-ruiz.bsky.social", "@fundavolt.bsky.social ya pude pagar con tarjeta, pero el cupón de bienvenida no me lo ha descontado",
          146, lang="es", name="Pablo Ruiz")
s.negative("other-complaint", a, b, "site crash at payment, then a coupon not applied")

a = mail("nina.schulz@web.example", "Nina Schulz", "Kabel defekt",
         "Hallo, das Lightning-Kabel (Bestellung 41350) lädt nur noch, wenn man es knickt.", 300, "de")
b = mail("nina.schulz@web.example", "Nina Schulz", "Doppelte Abbuchung",
         "Hallo nochmal, mir ist gerade aufgefallen, dass die Bestellung 41350 zweimal abgebucht wurde. Bitte prüfen.", 330, "de")
s.negative("other-complaint", a, b, "faulty cable, then a double charge on the same order")

a = s.add(M, "@chloe_l@piaille.example", "@fundavolt@mastodon.example impossible de me connecter à mon compte, mot de passe refusé",
          380, lang="fr", name="Chloé L.")
b = s.add(M, "@chloe_l@piaille.example", "@fundavolt@mastodon.example c'est bon pour le compte ! par contre la coque reçue "
          "est bleue alors que j'avais pris la noire", 420, lang="fr", name="Chloé L.")
s.negative("other-complaint", a, b, "login problem, then a wrong colour")

a = mail("luca.ferri@alice.example", "Luca Ferri", "Ritardo consegna",
         "Buongiorno, l'ordine 41299 doveva arrivare venerdì, ancora niente.", 100, "it")
b = mail("luca.ferri@alice.example", "Luca Ferri", "Pellicola mancante",
         "Arrivato finalmente, ma nel pacco manca la pellicola in vetro che avevo ordinato insieme alla cover.", 175, "it")
s.negative("other-complaint", a, b, "late delivery, then a missing item from the same order")

a = s.add(B, "nuria-c.bsky.social", "@fundavolt.bsky.social el repartidor m'ha parlat fatal i ha deixat el paquet a terra sota la pluja",
          210, lang="ca", name="Núria C.")
b = s.add(B, "nuria-c.bsky.social", "@fundavolt.bsky.social i ara a més el reemborsament de la funda que vaig tornar fa dues setmanes no arriba",
          260, lang="ca", name="Núria C.")
s.negative("other-complaint", a, b, "rude courier, then a refund not received")

# other-customer: different people, same complaint
a = s.add(M, "@owen.p@mastodon.example", "@fundavolt@mastodon.example is your site down? can't load checkout at all", 270,
          lang="en", name="Owen P")
b = s.add(B, "becca-writes.bsky.social", "@fundavolt.bsky.social checkout page just spins forever, site broken?", 271,
          lang="en", name="Becca")
s.negative("other-customer", a, b, "two customers hit the same outage")

a = mail("wim.peeters@telenet.example", "Wim Peeters", "Bestelling 41402 niet ontvangen",
         "Hallo, onze bestelling 41402 is nog niet aangekomen. Mijn vrouw heeft ook al gemaild denk ik.", 420, "nl")
b = mail("an.peeters@telenet.example", "An Peeters", "Waar blijft 41402?",
         "Goeiedag, wij wachten al een week op bestelling 41402 (twee hoesjes). Wanneer komt die?", 423, "nl")
s.negative("other-customer", a, b, "a couple sharing one order, each writing from their own address")

a = mail("ana.ribeiro@sapo.example", "Ana Ribeiro", "Não consigo recuperar a palavra-passe",
         "Bom dia, o email de recuperação da palavra-passe nunca chega.", 440, "pt")
b = mail("ana.ribeiro.lx@gmail.example", "Ana Ribeiro", "reset password não funciona",
         "Olá, peço a nova palavra-passe e não recebo nada. Podem ajudar?", 452, "pt")
s.negative("other-customer", a, b, "two different people named Ana Ribeiro, same login problem")

a = s.add(M, "@alex.moreno@mastodon.example", "@fundavolt@mastodon.example el pedido no llega, el seguimiento no se mueve desde hace 5 dias",
          20, lang="es", name="Alex Moreno")
b = s.add(B, "alexmoreno-bcn.bsky.social", "@fundavolt.bsky.social mi paquete lleva parado una semana, alguna novedad?", 50,
          lang="es", name="Alex Moreno")
s.same_name_different_people.append(["mastodon:@alex.moreno@mastodon.example", "bluesky:alexmoreno-bcn.bsky.social"])
s.negative("other-customer", a, b, "two different people named Alex Moreno, each with a stuck parcel")

a = mail("stefan.wagner@t-online.example", "Stefan Wagner", "Hülle zerkratzt angekommen",
         "Hallo, die Hülle fürs iPhone 14 war bei Ankunft zerkratzt. Bestellung 41311.", 130, "de")
b = s.add(M, "@swagner@norden.example", "@fundavolt@mastodon.example meine Handyhülle kam verkratzt an, Bestellnr. 41358. Ersatz?",
          150, lang="de", name="Stefan Wagner")
s.same_name_different_people.append(["email:stefan.wagner@t-online.example", "mastodon:@swagner@norden.example"])
s.negative("other-customer", a, b, "two different people named Stefan Wagner, different orders, both scratched cases")

a = s.add(B, "giorgia.dc.bsky.social", "@fundavolt.bsky.social codice sconto ESTATE15 non valido??", 390, lang="it", name="Giorgia")
b = s.add(M, "@elisa_m@mastodon.example", "@fundavolt@mastodon.example anche a me ESTATE15 dice non valido", 392, lang="it", name="Elisa M.")
s.negative("other-customer", a, b, "two customers, same broken coupon")

# window: the same complaint again, more than 7 days later
a = s.add(B, "kit-morgan.bsky.social", "@fundavolt.bsky.social my usb-c cable stopped working after two weeks, meh", 8,
          lang="en", name="Kit Morgan")
b = s.add(B, "kit-morgan.bsky.social", "@fundavolt.bsky.social another cable from you dead after a fortnight. "
          "is it just me?", 8 + 24 * 11, lang="en", name="Kit Morgan")
s.negative("window", a, b, "a cable failing again, eleven days later")

a = mail("pierre.garnier@sfr.example", "Pierre Garnier", "Livraison en retard",
         "Bonjour, ma commande 41215 a du retard, pouvez-vous vérifier ?", 5, "fr")
b = mail("pierre.garnier@sfr.example", "Pierre Garnier", "Encore du retard",
         "Bonjour, ma nouvelle commande (41397) est encore en retard. Ça devient une habitude.", 5 + 24 * 13, "fr")
s.negative("window", a, b, "late delivery again, thirteen days later")

a = s.add(M, "@gemma_v@mastodon.example", "@fundavolt@mastodon.example perché non mi arriva la mail per reimpostare la password?",
          90, lang="it", name="Gemma V.")
b = s.add(M, "@gemma_v@mastodon.example", "@fundavolt@mastodon.example di nuovo niente mail per la password, come l'altra volta",
          90 + 24 * 9, lang="it", name="Gemma V.")
s.negative("window", a, b, "password reset mail missing again, nine days later")

a = mail("oriol.serra@vilaweb.example", "Oriol Serra", "Cupó no aplicat",
         "Hola, el cupó de benvinguda no s'ha aplicat a la meva comanda.", 70, "ca")
b = mail("oriol.serra@vilaweb.example", "Oriol Serra", "el cupó tampoc funciona",
         "Hola de nou, el cupó de l'estiu tampoc s'aplica. Sempre igual amb els descomptes.", 70 + 24 * 10, "ca")
s.negative("window", a, b, "a coupon not applied again, ten days later")

# ============================================================ filler
F = [
    (E, "ruth.ellis@postbox.example", "Ruth Ellis", "Do you ship to Ireland?",
     "Hi, do you ship to Ireland and how long does it usually take? Thanks, Ruth", 3, "en"),
    (M, "@sam_t@mastodon.example", "Sam T", None,
     "@fundavolt@mastodon.example does the clear case for the iPhone 15 yellow over time? asking before I buy", 44, "en"),
    (B, "dev-ollie.bsky.social", "Ollie", None,
     "@fundavolt.bsky.social any chance of a 3m braided usb-c cable? the 2m doesn't reach my bed lol", 205, "en"),
    (E, "carmen.gil@correo.example", "Carmen Gil", "Factura con CIF",
     "Hola, ¿podéis hacer factura a nombre de empresa con CIF? Gracias", 66, "es"),
    (B, "diegoh.bsky.social", "Diego", None,
     "@fundavolt.bsky.social tenéis fundas para el Xiaomi 14?", 310, "es"),
    (M, "@mia_k@chaos.example", "Mia K.", None,
     "@fundavolt@mastodon.example Ist die MagSafe-Hülle auch mit dem iPhone 13 kompatibel?", 125, "de"),
    (E, "j.krause@web.example", "Jürgen Krause", "Versand nach Österreich",
     "Guten Tag, liefern Sie auch nach Österreich? Was kostet der Versand?", 275, "de"),
    (B, "louise-b.bsky.social", "Louise", None,
     "@fundavolt.bsky.social vous livrez en Belgique ? 🙂", 95, "fr"),
    (E, "h.roux@laposte.example", "Hélène Roux", "Question chargeur",
     "Bonjour, votre chargeur 65W peut-il charger un MacBook Air ? Merci d'avance", 345, "fr"),
    (M, "@bia@masto.example", "Bia", None,
     "@fundavolt@mastodon.example vocês têm capinha com alça para o Galaxy A54?", 235, "pt"),
    (E, "tiago.m@sapo.example", "Tiago Martins", "Prazo de entrega Açores",
     "Boa tarde, quanto tempo demora a entrega para os Açores?", 405, "pt"),
    (B, "fede-c.bsky.social", "Federico", None,
     "@fundavolt.bsky.social le cover in silicone sono lavabili?", 185, "it"),
    (E, "s.conti@libero.example", "Sara Conti", "Buono regalo",
     "Buongiorno, vendete buoni regalo? Vorrei regalarne uno a mia sorella.", 455, "it"),
    (M, "@joost@mastodon.example", "Joost", None,
     "@fundavolt@mastodon.example hebben jullie ook kabels met een haakse usb-c stekker?", 155, "nl"),
    (B, "emma-vh.bsky.social", "Emma", None,
     "@fundavolt.bsky.social bezorgen jullie ook op zaterdag?", 285, "nl"),
    (M, "@arnau_v@mastodon.example", "Arnau V.", None,
     "@fundavolt@mastodon.example teniu carregadors de cotxe amb USB-C i USB-A alhora?", 335, "ca"),
]
for ch, author, name, subject, text, hours, lang in F:
    s.add(ch, author, text, hours, lang=lang, subject=subject, name=name)

s.write(HERE, "Fourth labelled set of repeats in other words, for tuning: Funda & Volt, a small shop for "
        "phone cases, chargers and cables. Written without sight of the detector; labels are what a reader would say.")
