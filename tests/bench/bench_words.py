# SPDX-License-Identifier: GPL-3.0-or-later
"""Vocabulary for the benchmark corpus generator (gen-corpus.py).

Per language: function words (the most frequent ranks), content words of a
small shop's customer care (ordered roughly from common to rare, which is
the Zipf rank the generator gives them), greetings, closings, first and
last names. Several hundred words per language, written by hand; they
need to be plausible, not a dictionary.
"""

LANG_SHARE = {
    "en": 0.34, "es": 0.18, "fr": 0.12, "de": 0.12,
    "it": 0.07, "pt": 0.07, "nl": 0.05, "ca": 0.05,
}

FUNCTION = {
    "en": """the to and I a of my is it you for in that on was have with not this
but be me your we are at as can so do from just get would will an if or no
there has what when been they all had out up one about any could did were
our how which them still than then also very because only some after here
by more now who why""",
    "es": """de la que el en y a los se no un por con una para es mi lo las me
del al pero su como más ya le o sí este esta muy sin sobre también hay fue
porque todo desde nos cuando he ha son han hasta estoy está pedido tengo
hace donde quien eso esto ni otra otro mis sus les qué cómo aún bien así
todavía entonces""",
    "fr": """de la le et les des en un une du je à que pas est il pour qui ne
sur au dans par mon ma mes vous nous ce cette avec plus mais ou ont été
avoir suis sont tout très bien aussi comme sans encore déjà toujours
depuis quand car donc si leur leurs votre vos elle ils on aux y me moi
fait faire rien peu""",
    "de": """der die und ist ich nicht das zu den es mit ein sie auf für von
im dem eine auch sich bei wir noch wie an mein meine aus habe hat haben
wurde aber nur schon bitte Ihnen Sie mir mich ihr kein keine oder wenn
dass so nach seit um was mehr sehr immer jetzt heute dann hier diese
dieser alle da bis""",
    "it": """di e il la che in un per è non a mi del una con sono ho ma le si
della al lo gli come anche più ancora già se io mio mia ha hanno questo
questa sul nel da dei delle ai alla tutto molto sempre quando perché
dove chi cosa niente ne ci vi loro suo sua tra fra poi solo ora oggi
dopo prima""",
    "pt": """de a o que e do da em um para é com não uma os no se na por mais
as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos
já está eu também só pelo pela até isso ela entre era depois sem mesmo
aos ter seus meu minha ainda nada vocês você hoje aqui agora sempre bem
porque onde""",
    "nl": """de het een en van ik te dat die in is niet op zijn met voor er
maar om ook als dan aan bij nog wel mijn mij u uw ze we wij hebben heb
heeft was werd worden naar uit kan kunnen zou al geen nu over door of
wat hoe waar wie dus toch even heel veel meer alleen altijd nooit sinds
vandaag hier""",
    "ca": """de la que el i a en els les un una per amb no és del al com més
però jo em meu meva seu seva ha han he hem fa ja encara tot molt sense
sobre també hi ho ens us vosaltres vostè quan perquè on qui què això
aquest aquesta aquí ara avui sempre mai des fins bé doncs només després
abans""",
}

CONTENT = {
    "en": """order delivery package refund help support account payment invoice
problem week thanks today product email number shipping return received
price size website customer address phone service still card days store
message item status tracking update question yesterday waiting month
cancel credit sorry issue time tomorrow box colour arrived team great
morning answer login password wrong missing broken damaged late problem
discount code app reply charge bank shipment courier weekend exchange
replacement warranty receipt subscription quality error screen battery
cable charger repair quick slow happy disappointed frustrated terrible
excellent manager warehouse driver door signature photo picture
attached form ticket reference pending processing shipped complete
changed label holiday christmas summer winter birthday daughter husband
friend family office business company quote catalogue model version
feature crash install download settings notification privacy delete
export contact chat voicemail hours opened closed waited already never
always soon urgent immediately possible understand explain checked tried
expected hope appreciate recommend review rating stars complaint
compensation balance paypal transfer checkout basket wishlist membership
loyalty points reward fit small large medium blue black white green
leather cotton wool organic material instructions manual assembly screws
parts spare lid handle strap zipper button sleeve jacket shoes shirt
dress coffee machine kitchen blender lamp chair sofa mattress pillow
towel gift voucher coupon promotion newsletter reset verify confirmation
total amount fee express standard pickup location neighbour collected
returned depot lost stolen unfortunately disappointed awful lovely
perfect beautiful comfortable gorgeous faulty defective leaking noisy
scratched cracked stained wrinkled faded shrunk uncomfortable expensive
cheap affordable reliable friendly rude patient helpful useless
escalate supervisor headquarters policy terms conditions deadline
postcode parcel locker signature tracking overcharged duplicated
reimbursed refunded dispatched backorder preorder restock unavailable
sustainable recycled packaging plastic cardboard invoice receipt""",
    "es": """gracias ayuda cliente producto envío devolución reembolso factura
pago cuenta correo número semana hoy ayer mañana problema paquete tienda
precio talla color respuesta servicio tarjeta días mensaje artículo
estado seguimiento pregunta esperando mes cancelar crédito perdón
incidencia tiempo caja llegó equipo genial contraseña incorrecto falta
roto dañado tarde descuento código aplicación respuesta cargo banco
mensajero fin cambio sustitución garantía recibo suscripción calidad
error pantalla batería cable cargador reparación rápido lento contento
decepcionado enfadado terrible excelente encargado almacén repartidor
puerta firma foto imagen adjunto formulario referencia pendiente
procesando enviado completo etiqueta vacaciones navidad verano invierno
cumpleaños hija marido amigo familia oficina empresa presupuesto
catálogo modelo versión función instalar descargar ajustes notificación
privacidad borrar contacto llamada horario abierto cerrado esperé nunca
siempre pronto urgente inmediatamente posible entiendo explicar revisado
intentado espero agradezco recomiendo opinión valoración estrellas queja
compensación saldo transferencia carrito lista puntos recompensa pequeño
grande mediano azul negro blanco verde cuero algodón lana orgánico
material instrucciones manual montaje tornillos piezas repuesto tapa asa
correa cremallera botón manga chaqueta zapatos camisa vestido café
máquina cocina batidora lámpara silla sofá colchón almohada toalla
regalo vale cupón promoción boletín restablecer verificar confirmación
importe gastos urgente recogida dirección vecino recogido devuelto
perdido robado lamentablemente precioso perfecto cómodo defectuoso
ruidoso rayado agrietado manchado caro barato fiable amable maleducado
paciente útil inútil supervisor política condiciones plazo código postal
taquilla cobrado duplicado reembolsado despachado agotado reserva
sostenible reciclado embalaje plástico cartón pedidos semanas euros""",
    "fr": """commande livraison colis remboursement aide client produit retour
facture paiement compte courriel numéro semaine aujourd hier demain
problème magasin prix taille couleur réponse service carte jours message
article statut suivi question attente mois annuler crédit désolé souci
temps boîte arrivé équipe super matin mot passe erroné manquant cassé
endommagé retard réduction code application débit banque transporteur
échange remplacement garantie reçu abonnement qualité erreur écran
batterie câble chargeur réparation rapide lent content déçu énervé
terrible excellent responsable entrepôt livreur porte signature photo
image joint formulaire référence attente traitement expédié complet
étiquette vacances noël été hiver anniversaire fille mari ami famille
bureau entreprise devis catalogue modèle version fonction installer
télécharger paramètres notification confidentialité supprimer contact
appel horaires ouvert fermé attendu jamais bientôt urgent immédiatement
possible comprends expliquer vérifié essayé espère remercie recommande
avis note étoiles réclamation dédommagement solde virement panier liste
points récompense petit grand moyen bleu noir blanc vert cuir coton
laine biologique matière notice montage vis pièces rechange couvercle
poignée bretelle fermeture bouton manche veste chaussures chemise robe
café machine cuisine mixeur lampe chaise canapé matelas oreiller
serviette cadeau bon coupon promotion lettre réinitialiser vérifier
confirmation montant frais express retrait adresse voisin récupéré
renvoyé perdu volé malheureusement magnifique parfait confortable
défectueux bruyant rayé fissuré taché cher abordable fiable aimable
impoli patient utile inutile superviseur politique conditions délai
postal consigne facturé doublon remboursé expédition rupture précommande
durable recyclé emballage plastique carton commandes euros""",
    "de": """Bestellung Lieferung Paket Rückerstattung Hilfe Kunde Produkt
Rücksendung Rechnung Zahlung Konto Nummer Woche heute gestern morgen
Problem Laden Preis Größe Farbe Antwort Service Karte Tage Nachricht
Artikel Status Sendungsverfolgung Frage warten Monat stornieren
Gutschrift leider Anliegen Zeit Karton angekommen Team super Passwort
falsch fehlt kaputt beschädigt spät Rabatt Code App Abbuchung Bank
Paketdienst Umtausch Ersatz Garantie Quittung Abonnement Qualität Fehler
Bildschirm Akku Kabel Ladegerät Reparatur schnell langsam zufrieden
enttäuscht verärgert schrecklich ausgezeichnet Leiter Lager Fahrer Tür
Unterschrift Foto Bild Anhang Formular Referenz ausstehend Bearbeitung
versandt vollständig Etikett Urlaub Weihnachten Sommer Winter Geburtstag
Tochter Mann Freund Familie Büro Firma Angebot Katalog Modell Version
Funktion installieren herunterladen Einstellungen Benachrichtigung
Datenschutz löschen Kontakt Anruf Öffnungszeiten geöffnet geschlossen
gewartet nie bald dringend sofort möglich verstehe erklären geprüft
versucht hoffe danke empfehle Bewertung Sterne Beschwerde Entschädigung
Guthaben Überweisung Warenkorb Wunschliste Punkte Prämie klein groß
mittel blau schwarz weiß grün Leder Baumwolle Wolle Bio Material
Anleitung Montage Schrauben Teile Ersatzteil Deckel Griff Riemen
Reißverschluss Knopf Ärmel Jacke Schuhe Hemd Kleid Kaffee Maschine Küche
Mixer Lampe Stuhl Sofa Matratze Kissen Handtuch Geschenk Gutschein
Aktion Newsletter zurücksetzen bestätigen Bestätigung Betrag Gebühr
Express Abholung Adresse Nachbar abgeholt zurückgeschickt verloren
gestohlen wunderschön perfekt bequem defekt laut zerkratzt gerissen
fleckig teuer günstig zuverlässig freundlich unhöflich geduldig
hilfreich nutzlos Vorgesetzter Richtlinie Bedingungen Frist Postleitzahl
Packstation berechnet doppelt erstattet verschickt ausverkauft
Vorbestellung nachhaltig recycelt Verpackung Plastik Pappe Straße""",
    "it": """ordine consegna pacco rimborso aiuto cliente prodotto reso
fattura pagamento conto email numero settimana oggi ieri domani problema
negozio prezzo taglia colore risposta servizio carta giorni messaggio
articolo stato tracciamento domanda attesa mese annullare credito scusa
tempo scatola arrivato squadra ottimo password sbagliato mancante rotto
danneggiato ritardo sconto codice app addebito banca corriere cambio
sostituzione garanzia ricevuta abbonamento qualità errore schermo
batteria cavo caricatore riparazione veloce lento contento deluso
arrabbiato terribile eccellente responsabile magazzino fattorino porta
firma foto immagine allegato modulo riferimento sospeso elaborazione
spedito completo etichetta vacanze natale estate inverno compleanno
figlia marito amico famiglia ufficio azienda preventivo catalogo modello
versione funzione installare scaricare impostazioni notifica privacy
cancellare contatto chiamata orari aperto chiuso aspettato mai presto
urgente subito possibile capisco spiegare controllato provato spero
ringrazio consiglio recensione valutazione stelle reclamo risarcimento
saldo bonifico carrello lista punti premio piccolo grande medio blu nero
bianco verde pelle cotone lana biologico materiale istruzioni manuale
montaggio viti pezzi ricambio coperchio manico cinghia cerniera bottone
manica giacca scarpe camicia vestito caffè macchina cucina frullatore
lampada sedia divano materasso cuscino asciugamano regalo buono coupon
promozione newsletter reimpostare verificare conferma importo spese
ritiro indirizzo vicino ritirato restituito perso rubato purtroppo
bellissimo perfetto comodo difettoso rumoroso graffiato crepato
macchiato caro economico affidabile gentile maleducato paziente utile
inutile supervisore politica condizioni scadenza postale armadietto
addebitato doppio rimborsato spedizione esaurito preordine sostenibile
riciclato imballaggio plastica cartone ordini euro""",
    "pt": """encomenda entrega pacote reembolso ajuda cliente produto
devolução fatura pagamento conta email número semana hoje ontem amanhã
problema loja preço tamanho cor resposta serviço cartão dias mensagem
artigo estado rastreamento pergunta espera mês cancelar crédito
desculpe tempo caixa chegou equipa ótimo senha errado falta partido
danificado atraso desconto código aplicação cobrança banco transportadora
troca substituição garantia recibo assinatura qualidade erro ecrã
bateria cabo carregador reparação rápido lento satisfeito desiludido
irritado terrível excelente responsável armazém estafeta porta
assinatura foto imagem anexo formulário referência pendente
processamento enviado completo etiqueta férias natal verão inverno
aniversário filha marido amigo família escritório empresa orçamento
catálogo modelo versão função instalar descarregar definições
notificação privacidade apagar contacto chamada horário aberto fechado
esperei nunca breve urgente imediatamente possível entendo explicar
verificado tentei espero agradeço recomendo avaliação estrelas
reclamação compensação saldo transferência carrinho lista pontos prémio
pequeno grande médio azul preto branco verde couro algodão lã biológico
material instruções manual montagem parafusos peças sobresselente
tampa pega alça fecho botão manga casaco sapatos camisa vestido café
máquina cozinha liquidificadora candeeiro cadeira sofá colchão
almofada toalha presente vale cupão promoção newsletter repor verificar
confirmação montante portes levantamento morada vizinho levantado
devolvido perdido roubado infelizmente lindo perfeito confortável
defeituoso barulhento riscado rachado manchado caro barato fiável
simpático mal-educado paciente útil inútil supervisor política
condições prazo postal cacifo cobrado duplicado reembolsado expedido
esgotado pré-encomenda sustentável reciclado embalagem plástico cartão
encomendas euros""",
    "nl": """bestelling levering pakket terugbetaling hulp klant product retour
factuur betaling account nummer week vandaag gisteren morgen probleem
winkel prijs maat kleur antwoord service kaart dagen bericht artikel
status volgen vraag wachten maand annuleren tegoed sorry tijd doos
aangekomen team geweldig wachtwoord verkeerd ontbreekt kapot beschadigd
laat korting code app afschrijving bank bezorger ruilen vervanging
garantie bon abonnement kwaliteit fout scherm batterij kabel oplader
reparatie snel traag tevreden teleurgesteld boos vreselijk uitstekend
manager magazijn chauffeur deur handtekening foto afbeelding bijlage
formulier referentie openstaand verwerking verzonden compleet label
vakantie kerst zomer winter verjaardag dochter man vriend familie
kantoor bedrijf offerte catalogus model versie functie installeren
downloaden instellingen melding privacy verwijderen contact gesprek
openingstijden open gesloten gewacht binnenkort dringend meteen mogelijk
begrijp uitleggen gecontroleerd geprobeerd hoop bedankt aanraden
recensie beoordeling sterren klacht compensatie saldo overschrijving
winkelwagen verlanglijst punten beloning klein groot middel blauw zwart
wit groen leer katoen wol biologisch materiaal handleiding montage
schroeven onderdelen reserveonderdeel deksel handvat riem rits knoop
mouw jas schoenen overhemd jurk koffie machine keuken blender lamp stoel
bank matras kussen handdoek cadeau bon kortingscode actie nieuwsbrief
resetten bevestigen bevestiging bedrag kosten ophalen adres buren
opgehaald teruggestuurd verloren gestolen helaas prachtig perfect
comfortabel defect lawaaierig gekrast gebarsten vlekken duur goedkoop
betrouwbaar vriendelijk onbeleefd geduldig behulpzaam nutteloos
leidinggevende beleid voorwaarden termijn postcode pakketautomaat
gerekend dubbel terugbetaald verstuurd uitverkocht voorbestelling
duurzaam gerecycled verpakking plastic karton bestellingen euro""",
    "ca": """comanda lliurament paquet reemborsament ajuda client producte
devolució factura pagament compte correu número setmana avui ahir demà
problema botiga preu talla color resposta servei targeta dies missatge
article estat seguiment pregunta esperant mes cancel·lar crèdit
disculpes temps caixa arribat equip genial contrasenya incorrecte falta
trencat malmès tard descompte codi aplicació càrrec banc missatger canvi
substitució garantia rebut subscripció qualitat error pantalla bateria
cable carregador reparació ràpid lent content decebut enfadat terrible
excel·lent encarregat magatzem repartidor porta signatura foto imatge
adjunt formulari referència pendent processant enviat complet etiqueta
vacances nadal estiu hivern aniversari filla marit amic família oficina
empresa pressupost catàleg model versió funció instal·lar descarregar
configuració notificació privadesa esborrar contacte trucada horari
obert tancat esperat mai aviat urgent immediatament possible entenc
explicar revisat intentat espero agraeixo recomano opinió valoració
estrelles queixa compensació saldo transferència cistella llista punts
recompensa petit gran mitjà blau negre blanc verd pell cotó llana
ecològic material instruccions manual muntatge cargols peces recanvi tapa
nansa corretja cremallera botó màniga jaqueta sabates camisa vestit cafè
màquina cuina batedora llum cadira sofà matalàs coixí tovallola regal
val cupó promoció butlletí restablir verificar confirmació import
despeses recollida adreça veí recollit retornat perdut robat
malauradament preciós perfecte còmode defectuós sorollós ratllat
esquerdat tacat car barat fiable amable maleducat pacient útil inútil
supervisor política condicions termini postal taquilla cobrat duplicat
reemborsat despatxat esgotat reserva sostenible reciclat embalatge
plàstic cartró comandes euros""",
}

GREETING = {
    "en": ["Hello,", "Hi,", "Hi {first},", "Hello {first},", "Dear {first},", "Good morning,"],
    "es": ["Hola,", "Hola {first},", "Buenos días,", "Estimado {first}:", "Buenas tardes,"],
    "fr": ["Bonjour,", "Bonjour {first},", "Madame, Monsieur,", "Bonsoir,", "Cher {first},"],
    "de": ["Hallo,", "Hallo {first},", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Liebe {first},"],
    "it": ["Buongiorno,", "Ciao {first},", "Salve,", "Gentile {first},", "Buonasera,"],
    "pt": ["Olá,", "Olá {first},", "Bom dia,", "Caro {first},", "Boa tarde,"],
    "nl": ["Hallo,", "Hoi {first},", "Beste {first},", "Goedemiddag,", "Geachte heer/mevrouw,"],
    "ca": ["Hola,", "Hola {first},", "Bon dia,", "Benvolgut {first},", "Bona tarda,"],
}

CLOSING = {
    "en": ["Thanks,", "Best regards,", "Kind regards,", "Cheers,", "Thank you in advance,"],
    "es": ["Gracias,", "Un saludo,", "Saludos cordiales,", "Muchas gracias,", "Atentamente,"],
    "fr": ["Merci,", "Cordialement,", "Bien à vous,", "Merci d'avance,", "Bonne journée,"],
    "de": ["Danke,", "Viele Grüße,", "Mit freundlichen Grüßen,", "Beste Grüße,", "LG,"],
    "it": ["Grazie,", "Cordiali saluti,", "Un saluto,", "Grazie mille,", "Distinti saluti,"],
    "pt": ["Obrigado,", "Cumprimentos,", "Com os melhores cumprimentos,", "Obrigada,", "Abraço,"],
    "nl": ["Bedankt,", "Met vriendelijke groet,", "Groetjes,", "Alvast bedankt,", "Groet,"],
    "ca": ["Gràcies,", "Salutacions,", "Una abraçada,", "Moltes gràcies,", "Atentament,"],
}

WROTE = {
    "en": "On {date}, {name} wrote:",
    "es": "El {date}, {name} escribió:",
    "fr": "Le {date}, {name} a écrit :",
    "de": "Am {date} schrieb {name}:",
    "it": "Il giorno {date} {name} ha scritto:",
    "pt": "Em {date}, {name} escreveu:",
    "nl": "Op {date} schreef {name}:",
    "ca": "El {date}, {name} va escriure:",
}

FIRST = {
    "en": "James Emma Oliver Olivia Harry Amelia George Isla Jack Ava Noah Mia Charlie Grace Jacob Lily Thomas Sophie William Chloe",
    "es": "Lucía Hugo Martina Mateo María Pablo Paula Álvaro Sofía Daniel Carmen Javier Elena Sergio Laura Andrés Marta Raúl Nuria Íñigo",
    "fr": "Léa Lucas Chloé Hugo Manon Louis Camille Jules Inès Théo Zoé Nathan Juliette Raphaël Anaïs Gabriel Célia Mathis Élodie Noé",
    "de": "Lukas Anna Leon Lea Finn Hannah Jonas Mia Paul Lena Felix Marie Elias Sophie Maximilian Emilia Jürgen Sabine Jörg Gülsen",
    "it": "Giulia Francesco Sofia Alessandro Aurora Lorenzo Chiara Matteo Giorgia Leonardo Martina Andrea Sara Riccardo Elisa Niccolò Federica Gabriele Noemi Tommaso",
    "pt": "João Maria Rodrigo Leonor Tomás Beatriz Francisco Matilde Martim Carolina Gonçalo Inês Duarte Mariana Afonso Ana Tiago Sofia Simão Joana",
    "nl": "Daan Emma Sem Julia Lucas Mila Levi Tess Finn Sophie Milan Zoë Jesse Sara Bram Anna Thijs Noor Ruben Fleur",
    "ca": "Jordi Montserrat Marc Núria Pau Laia Arnau Mireia Oriol Berta Pol Júlia Roger Aina Quim Martina Xavier Ona Joan Gemma",
}

LAST = {
    "en": "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke",
    "es": "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez",
    "fr": "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Garcia David Bertrand Roux Vincent Fournier",
    "de": "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann",
    "it": "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca Mancini Costa Giordano Rizzo Lombardi Moretti",
    "pt": "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho",
    "nl": "De Jong Jansen De Vries Van den Berg Bakker Visser Smit Meijer De Boer Mulder De Groot Bos Vos Peters Hendriks Van Leeuwen Dekker Brouwer",
    "ca": "Puig Vila Soler Serra Ferrer Font Pujol Roca Vidal Sala Riera Camps Casals Bosch Costa Mas Prat Roig Torres Planas",
}
