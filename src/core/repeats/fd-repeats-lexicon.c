/* fd-repeats-lexicon.c: the kinds of complaint a post makes (late
 * delivery, refund, double charge...), recognised in the languages of the
 * user interface from a small lexicon.
 *
 * Sources: the lexicon below was written by hand for Frontdesk, from the
 * way customers word these complaints in English, Spanish, German,
 * French, Portuguese, Italian, Dutch and Catalan; no outside word list
 * was copied. Words are folded as the repeat detector folds text (lower
 * case, no accents: "zurückgeschickt" is "zuruckgeschickt", "ß" is
 * "ss"). Its Spanish, Catalan and French words, in full forms, were run
 * through the Apertium dictionaries the Apertium translator uses
 * (apertium-en-es, apertium-es-ca, apertium-fr-es); the few those do not
 * know ("rajado", "caducada", "défectueux", "doublon", "connecter",
 * "chargeur") are everyday words all the same. The other languages were
 * not checked against a dictionary.
 *
 * A rule is one string of terms separated by spaces; a term lists words
 * separated by '|'. A word of four letters or more matches the words it
 * starts ("reembols" matches "reembolso", "reembolsar"); a shorter one,
 * or one written "=word", matches only itself. The terms must appear in
 * that order, at most MAX_GAP words apart ("not arrived", "hasn't
 * arrived", "not yet arrived"); a rule that starts with "~" takes them in
 * any order within WINDOW words ("double charge", "charged double").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-repeats-private.h"

#define MAX_TERMS 4
#define MAX_GAP   3
#define WINDOW    10
/* Words that open a post and say it adds to an earlier one. */
#define UPDATE_WORDS 3

typedef struct {
  guint        kind;    /* FdComplaint, or N */
  const char  *rule;
} Rule;

#define L FD_COMPLAINT_LATE_DELIVERY
#define R FD_COMPLAINT_REFUND
#define D FD_COMPLAINT_DOUBLE_CHARGE
#define W FD_COMPLAINT_WRONG_ITEM
#define B FD_COMPLAINT_DAMAGED_ITEM
#define M FD_COMPLAINT_MISSING_ITEM
#define A FD_COMPLAINT_LOGIN
#define I FD_COMPLAINT_INVOICE
#define C FD_COMPLAINT_APP_CRASH
#define P FD_COMPLAINT_PAYMENT
#define X FD_COMPLAINT_CANCELLATION
#define K FD_COMPLAINT_DISCOUNT_CODE
#define E FD_COMPLAINT_RETURN
#define Y FD_COMPLAINT_COURIER
/* Not kinds of complaint: FD_REPEATS_MEANING_NUDGE, _THANKS,
 * _SAID_BEFORE, _NEW_MATTER, _RESOLVED and _ARRIVED; and G, below. */
#define N FD_N_COMPLAINTS
#define T (FD_N_COMPLAINTS + 1)
#define S (FD_N_COMPLAINTS + 2)
#define O (FD_N_COMPLAINTS + 3)
#define F (FD_N_COMPLAINTS + 4)
#define V (FD_N_COMPLAINTS + 5)
/* Ordered one thing and got another: a wrong item, when no word between
 * the two says it did not come ("ordered on the 2nd, still not
 * received") and the post tells of nothing else wrong with what came
 * ("ordered it Monday, it arrived broken" does). */
#define G (FD_N_COMPLAINTS + 6)
#define NOT_KINDS (127u << FD_N_COMPLAINTS)

static const Rule rules[] = {
  /* --- Late or lost delivery ------------------------------------------ */
  /* en */
  { L, "not|hasn|hasnt|haven|havent|didn|didnt|never|=yet arrived|arrive|arriving|=came|=come|=shown|=turned|delivered|shipped|dispatched" },
  { L, "not|hasn|hasnt|haven|havent|didn|didnt|never receiv|=got|=get order|parcel|package|delivery|item|anything|goods|=it" },
  { L, "where|wheres order|parcel|package|delivery|shipment" },
  { L, "tracking|track hasn|hasnt|not|stuck|moved|moving|=still|=nothing|=never|updat" },
  { L, "~=late|delayed|delay|overdue|lost order|parcel|package|delivery|shipment" },
  { L, "wait|waited|waiting order|parcel|package|delivery|shipment" },
  { L, "=still =nothing" },
  { L, "delivered =but =nothing|=not|=no|=isn|=never|=it" },
  { L, "entregad =pero|=y =no|=nada|=nunca" },
  { L, "entregue =mas =nao|=nada|=nunca" },
  { L, "=livre|=livree =mais =rien|=pas|=jamais" },
  { L, "zugestellt =aber =nichts|=nicht|=kein|=keine" },
  { L, "=hier =ist|=kam =nix|=nichts" },
  { L, "=te =laat" },
  /* "Seit 6 Tagen 'in Bearbeitung'", "continua em preparação". */
  { L, "~=still|=continua|=sigue|=noch|=seit|=toujours|=depuis|=ancora|=nog|=sinds|=encara|=fa =preparacao|=preparacion|=bearbeitung|=processing|=verwerking|=preparacio|=preparation|=lavorazione|=pendent|=pendiente|=pendente|=zustellung|=aangemeld|=unterwegs|=angekundigt" },
  { L, "=paket|=packchen|=bestellung|=sendung|=lieferung =nicht =raus" },
  { L, "=null|=nichts|=nix =bekommen|=erhalten|=gekriegt" },
  { L, "=immer =noch =nix|=nichts" },
  { L, "=no =ha =sortit|=surt" },
  { L, "~suposadament|supuestamente|supostamente|angeblich|supposedly|apparently|soi-disant|suppostamente|zogenaamd lliur|entreg|livr|consegn|bezorg|zugestellt|geliefert|deliver" },
  /* "My 'delivered' lock is still invisible." */
  { L, "~delivered|zugestellt|entregado|=livre|=livree|consegnato|bezorgd|geleverd|entregue|lliurat =still|=noch|=todavia|=toujours|=ancora|=nog|=encara|=ainda|=sigue|=continua" },
  /* Delivered, says the tracking, and nothing came: "zugestellt ... es
   * hat niemand geklingelt". */
  { L, "~zugestellt|delivered|entregado|=livre|=livree|consegnato|bezorgd|geleverd|entregue|lliurat =niemand|=nobody|=nadie|=personne|=nessuno|=ninguem|=ningu|=nichts|=nothing|=nada|=rien|=niente|=niets|=nooit|=never|=nunca|=jamais|=nie" },
  /* "Day 9 without the mixer", "3 dagen zonder". */
  { L, "=tag|=day|=dia|=jour|=giorno|=dag|=tage|=tagen|=days|=dias|=jours|=giorni|=dagen =ohne|=without|=sin|=sans|=senza|=zonder|=sem|=sense" },
  /* It should have come by now: "zou dinsdag geleverd worden". */
  { L, "=zou|=sollte|=should|=deberia|=debia|=devia|=doveva|=devait|=havia =geleverd|=bezorgd|=delivered|=arrived|=geliefert|=kommen|=ankommen|=entregado|=llegado|=llegar|=chegar|=chegado|=entregue|=consegnato|=arrivare|=arriver|=livre|=arribar" },
  { L, "consegnat =ma =non|=niente|=nulla|=mai" },
  { L, "entregat =pero =no|=res" },
  { L, "=nothing =here" },
  { L, "=no =sign|=trace =of" },
  { L, "~stuck|lost|=nowhere parcel|package|delivery|shipment|warehouse|depot|customs|transit" },
  { L, "haven|havent|hasn|hasnt|=not|=never|=yet shipped|dispatched|=left|=moved|=budged" },
  { L, "=label =created" },
  /* es */
  { L, "=no|=sin|=nunca|=aun|=todavia lleg|entregad|entregado" },
  { L, "=no|=nada|=nunca recib pedido|paquete|=nada|compra|envio|producto" },
  { L, "donde pedido|paquete|envio|compra" },
  { L, "retras" },
  { L, "seguimiento =no|=sin|parado|mueve|actualiz" },
  { L, "esperando|espero pedido|paquete|envio|entrega" },
  { L, "=ni =rastro" },
  { L, "~pedido|paquete|envio|compra parado|atascado|estancado|perdido|extraviado|retenido" },
  { L, "=sin =llegar|=noticias" },
  { L, "=sem|=sin|=sans|=senza|=zonder|=ohne|=sense =aparecer|=chegar|=arriver|=arrivare|=aankomen|=ankommen|=llegar|=arribar" },
  /* "Laut DHL zugestellt", "according to the tracking it was delivered". */
  { L, "~=laut|=according|=segun|=selon|=secondo|=volgens|=segons|=segundo zugestellt|ubergeben|delivered|entregado|=livre|=livree|consegnato|bezorgd|geleverd|entregue|lliurat" },
  /* de */
  { L, "=nicht|=nie|=keine|=kein|=nichts angekommen|geliefert|=da|zugestellt|erhalten|versandt|verschickt|eingetroffen|ankommen|bekommen" },
  { L, "=keine|=kein lieferung|paket|sendung" },
  { L, "=wo =bleibt|=ist bestellung|paket|lieferung|sendung" },
  { L, "verspat|verzog|verzug|uberfallig" },
  { L, "sendungsverfolgung|tracking|sendung =nicht|bewegt|hangt|fest|steht|aktualis" },
  { L, "warte|warten bestellung|paket|lieferung|sendung" },
  { L, "=keine =spur" },
  { L, "~bestellung|paket|lieferung|sendung|packchen verschollen|verloren|hangt|feststeck|zoll|verteilzentrum" },
  /* fr */
  { L, "=pas|=jamais|=rien recu|arrive|arrivee|livre|livree|expedie|expediee|parvenu" },
  { L, "=ou =est commande|colis|paquet|livraison" },
  { L, "=retard|retarde|retardee" },
  { L, "suivi =pas|=rien|bloque|bouge|=toujours" },
  { L, "attends|attendre|attente commande|colis|livraison" },
  { L, "=toujours =rien" },
  { L, "=pas|=aucun|=aucune colis|livraison|nouvelles" },
  { L, "acheminement =depuis" },
  { L, "=niks|=niets|=geen ontvangen|gekregen|pakket|pakketje" },
  { L, "bezorgd =maar" },
  { L, "=nicht|=nie|=weiterhin aufgetaucht|angekommen" },
  { L, "=no =la|=el|=ho =troba|=troben" },
  { L, "=waar =is|=blijft =mijn" },
  { L, "=where =is|=s =my" },
  { L, "=no =parcel|=package|=delivery" },
  { L, "=still =not =here|=arrived" },
  { L, "=donde =esta =mi" },
  { L, "=ou =est =mon|=ma" },
  { L, "=wo =ist|=bleibt =mein|=meine" },
  { L, "=dov|=dove =e =il|=la|=mio|=mia" },
  { L, "=on =es =el|=la|=meu|=meva" },
  { L, "~colis|commande|paquet|livraison bloque|bloquee|coince|coincee|perdu|perdue|egare|egaree|entrepot|bouge" },
  /* pt */
  { L, "=nao|=nada|=ainda chegou|chegar|chega|chegaram|entregue|entregaram|recebi|despachad|enviad" },
  { L, "=cade|=onde pedido|encomenda|pacote|compra|entrega" },
  { L, "atras" },
  { L, "rastreio|rastreamento parado|=nao|atualiz|mexe" },
  { L, "passou prazo" },
  { L, "=ate =agora =nada" },
  { L, "=nem|=nao saiu|despachad|enviad|postad" },
  { L, "~pedido|encomenda|pacote|entrega|compra parad|extraviad|perdid|preso|presa|centro" },
  /* it */
  { L, "=non|=mai|=ancora arrivat|arriva|arrivo|consegnat|ricevut|spedit" },
  { L, "=dove ordine|pacco|spedizione|consegna" },
  { L, "ritard" },
  { L, "tracking|spedizione fermo|bloccat|=non" },
  { L, "aspetto|aspettando|attesa ordine|pacco|consegna|spedizione" },
  { L, "~pacco|ordine|spedizione|consegna =fermo|=ferma|=perso|=persa|smarrit|bloccat|dogana" },
  { L, "=nessuna =traccia|=notizia" },
  /* nl */
  { L, "=niet|=nooit|=niets ontvangen|bezorgd|geleverd|aangekomen|verzonden|binnen" },
  { L, "=geen pakket|levering|bestelling|zending" },
  { L, "=waar bestelling|pakket|pakje|zending" },
  { L, "vertraag" },
  { L, "tracking|trace|zending =niet|=stil|onderweg|bijgewerkt" },
  { L, "wacht|wachten bestelling|pakket|levering|zending" },
  { L, "~pakket|pakje|bestelling|zending|levering =stil|=vast|kwijt|zoekgeraakt|verdwenen|douane|sorteercentrum" },
  /* ca */
  { L, "=no|=encara|=mai arribat|arriba|arribar|rebut|entregat|enviat" },
  { L, "=on comanda|paquet|enviament" },
  { L, "seguiment =no|actualitz|aturat" },
  { L, "esperant|espero comanda|paquet|enviament" },
  { L, "~comanda|paquet|enviament encallat|perdut|aturat|duana" },
  { L, "=ni =rastre" },

  /* --- Refund ----------------------------------------------------------- */
  /* "Fast drei Wochen ohne mein Geld", "toujours rien sur mon compte". */
  { R, "=ohne|=without|=sin|=sans|=senza|=zonder|=sem|=sense =mein|=my|=mi|=mon|=mes|=il|=i|=mijn|=meu|=o|=el|=els|=los|=mis =geld|=money|=dinero|=argent|=soldi|=dinheiro|=diners|=pasta|=refund|=reembolso" },
  { R, "=rien|=nothing|=nada|=nichts|=niente|=niets|=res =sur|=on|=en|=auf|=sul|=op|=no|=al =mon|=my|=mi|=meinem|=mio|=mijn|=meu|=el =compte|=account|=cuenta|=konto|=conto|=rekening|=conta" },
  { R, "refund" },
  { R, "reimburs" },
  { R, "money =back" },
  { R, "where|wheres|=whats =my =money|refund" },
  { R, "=rastro =de =mis|=mi|=los =euros|=dinero|=reembolso" },
  { R, "reverse|reversal" },
  { R, "reembols" },
  { R, "devolv|devuelv dinero|importe" },
  { R, "erstatt|ruckerstatt|ruckzahl|ruckbuch|gutschrift" },
  { R, "=geld|=kohle|=knete =zuruck" },
  { R, "=ni =un =euro|=centimo|=duro" },
  { R, "rembours" },
  { R, "estorn" },
  { R, "dinheiro =de =volta" },
  { R, "rimbors" },
  { R, "=soldi indietro" },
  { R, "terugbetal|terugstort|terugboek|restitut" },
  { R, "=geld =terug" },
  { R, "reemborsa" },
  { R, "torn|tornar|retorn diners" },
  { R, "credited =back" },
  { R, "~=money|=payment|=amount =back|returned|reversed|credited" },
  { R, "~devolucion|devolver|devuelto|reintegr|abon dinero|importe|pago|cobro" },
  { R, "~=geld|betrag|=summe zuruck|gutgeschrieben|zuruckgeschickt|zuruckgesendet|ruckgabe|retoure|erstattet" },
  { R, "gutgeschrieben|gutschreib|zuruckuberwies" },
  { R, "~recredit|recrediter|=argent|=montant retour|renvoye|rendu|rendre|rembours|recredit" },
  { R, "~devolucao|devolver|devolvid|devolveram dinheiro|valor|quantia" },
  { R, "~riavere|restitu|ridat|riaccredit soldi|denaro|importo|accredit" },
  { R, "riaccredit" },
  { R, "teruggestort|teruggeboekt|terugstorting" },
  { R, "~retorn|tornat|retornat|retorneu|torneu|tornin diners|cobrament|import|pagament|carrec" },

  /* --- Double charge ---------------------------------------------------- */
  { D, "charg|billed|debited|=paid|=took|=taken|=hit =twice|double|duplicat" },
  { D, "~double|duplicat|=twice charg|payment|transaction|billing|debit" },
  { D, "=two|=2 =identical payment|charg" },
  { D, "=two|=2 payments|charges" },
  { D, "cobr|carg|pagad =dos|=2 =veces" },
  { D, "~cargo|cobro|pago|cargos|cobros duplicad|=doble|dobles" },
  { D, "~zweimal|doppelt|=2x abgebucht|abbuch|belast|berechn|bezahlt|abgezogen|eingezogen|zahlung" },
  { D, "~=deux|=2 =fois preleve|debite|facture|paye|encaisse" },
  { D, "doublon" },
  { D, "~double prelevement|debit|paiement|facturation" },
  { D, "~=duas|=2 =vezes cobr|debit|pag" },
  { D, "~=2x|=dobro cobr|debit|pag|cartao" },
  { D, "~dobro|duplicad cobr|pagamento|compra" },
  { D, "~=due =volte addebit|pagat|prelevat|scalat" },
  { D, "~doppio|doppia|duplicat addebit|pagamento" },
  { D, "~=twee =keer afgeschreven|afschrijving|betaald|gedebiteerd|geincasseerd" },
  { D, "~=2x|dubbel afgeschreven|afschrijving|betaald|gedebiteerd|geincasseerd" },
  { D, "~dubbel afgeschreven|afschrijving|betaling|betaald" },
  { D, "~=dues =vegades cobrat|carreg|pagat|carrec" },
  { D, "~=doble|duplicat cobrat|carreg|pagat|carrec" },
  { D, "charg|billed|debited|=paid =two|=2 =times" },
  { D, "cobr|carg =doble" },
  { D, "~=dues|=2 =vegades|=cops cobr|carreg|pag|carrec" },
  { D, "~cobrament|carrec|pagament =doble|duplicat" },
  { D, "~=dos|=2 =cobros|=cargos|=pagos" },
  { D, "~=zwei|=2 abbuchungen|belastungen|zahlungen" },
  { D, "~=deux|=2 prelevements|debits|paiements" },
  { D, "~=duas|=2 cobrancas|transacoes|transacões" },
  { D, "~=due|=2 addebiti|pagamenti|transazioni" },
  { D, "~=twee|=2 afschrijvingen|betalingen|transacties" },

  /* --- Wrong item ------------------------------------------------------- */
  { W, "=wrong item|size|colour|color|product|thing|=one|model|order" },
  { W, "=instead =of" },
  { W, "=not =what =i =ordered" },
  /* An order that is wrong, not "factura incorrecta del pedido", an
   * invoice. */
  { W, "=pedido|=encomenda|=ordine|=comanda|=order =equivocado|=equivocada|=incorrecto|=incorrecta|=erroneo|=errada|=errado|=trocado|=trocada|=sbagliato|=errato|=equivocat|=incorrecte|=wrong" },
  { W, "=verkeerde|=falsche =bestelling|=bestellung" },
  { W, "~equivocad|incorrect|erroneo talla|tamano|producto|articulo|color|modelo|libro|cosa|paquete" },
  { W, "=en =lugar|=vez =de" },
  { W, "~falsch|falsche|falschen artikel|grosse|farbe|produkt|ware|geliefert|modell|paket|packchen" },
  { W, "anstatt|anstelle" },
  { W, "=statt bekommen|geliefert|erhalten|geschickt|gekriegt" },
  { W, "~mauvais|mauvaise article|taille|couleur|produit|modele" },
  { W, "=au =lieu" },
  { W, "=pas =la|=le|=celle|=celui commande|commandee" },
  { W, "~errad|trocad produto|tamanho|=cor|item|artigo|modelo" },
  { W, "=em =vez =de|=do|=da|=dos|=das" },
  { W, "~sbagliat|errat articolo|prodotto|taglia|colore|modello" },
  { W, "invece" },
  { W, "~verkeerd|verkeerde artikel|=maat|kleur|product|item" },
  { W, "=in =plaats =van" },
  { G, "~=ordered|=bought|=pedi|=encargue|=compre|=bestellt|=encomendei|=comprei|=ordinato|=ordinata|=ordinati|=comprato|=besteld|=demanar|=demanat =got|=received|=sent|=recibi|=llego|=llegaron|=enviaron|=mandaron|=bekommen|=erhalten|=geliefert|=gekommen|=kam|=veio|=vieram|=recebi|=chegou|=chegaram|=mandaram|=enviaram|=arrivato|=arrivata|=arrivati|=ricevuto|=gekregen|=kreeg|=kregen|=ontvangen|=geleverd|=arribat|=rebut|=enviat" },
  { W, "=ipv" },
  { W, "~equivocat|incorrecte|erroni article|talla|color|producte" },
  { W, "=en =lloc =de" },
  { W, "=different|=another|=other size|colour|color|model|item|product" },
  { W, "=es|=era =lo|=la|=el|=los|=las =que =pedi|=encargue|=compre" },
  { W, "=nao|=no =era =o|=lo =que" },
  { G, "besteld gekregen" },
  { G, "~ordinato|ordinata|ordinati =mandato|=spedito|=inviato|=mandata|=spedita" },
  { G, "~=pedi =mandado|=mandasteis|=enviado|=enviasteis|=mandaron|=enviaron|=llego|=llegado|=llegaron" },
  { W, "~=otro|=otra|=distinto|=distinta|diferente talla|color|modelo|producto|articulo|tamano" },
  { W, "=nicht =das|=die|=der =was|=die|=den bestellt" },
  { W, "~=anderen|=andere|=anderes|=anderer artikel|modell|farbe|grosse|produkt" },
  { W, "=pas =ce =que commande" },
  { W, "~=autre|=autres|different|differente taille|couleur|modele|produit|article" },
  { W, "=e|=era =o|=a|=os|=as =que =pedi|=encomendei|=comprei" },
  { W, "~=outro|=outra|diferente tamanho|=cor|modelo|produto|artigo" },
  { W, "=non =e quello|quella|quelli|quelle =che" },
  { W, "~=altro|=altra|divers taglia|colore|modello|prodotto|articolo" },
  { W, "=niet =wat =ik besteld" },
  { W, "~=ander|=andere maat|kleur|model|product|artikel" },
  { W, "=el|=la =que =vaig demanar|encarregar|comprar" },
  { W, "~=altre|=altra|diferent talla|color|model|producte|article" },

  /* --- Damaged or faulty item ------------------------------------------ */
  { B, "broken|damaged|smashed|cracked|shattered|dented|defective|faulty|=torn|ripped|scratched" },
  { B, "doesn|doesnt|=not|=won|=wont =work|working|=turn|=switch|=charge" },
  { B, "=stopped working" },
  { B, "=died|=dead|=conked" },
  { B, "=packed =in|=up" },
  { B, "=come|=came|=coming|=fell|=falling|=falls =apart" },
  { B, "=roto|=rota|=rotos|=rotas|danad|estropead|defectuos|golpead|aplastad|rajad|averiad" },
  { B, "=no =funciona|funcionan" },
  { B, "kaputt|beschadig|zerbrochen|gebrochen|defekt|zerdruckt|zerkratzt|=delle|=riss" },
  { B, "funktioniert =nicht" },
  { B, "=casse|=cassee|=casses|=cassees|abime|endommag|defectueu|brise|=fissure" },
  { B, "=ne fonctionne|marche =pas|=plus" },
  { B, "quebrad|danificad|avariad|amassad|defeit|trincad|rasgad" },
  { B, "riscad|arranhad" },
  { B, "=nao funciona" },
  { B, "rott|danneggiat|difettos|ammaccat|graffiat|guast|spaccat|rovinat|strappat" },
  { B, "=non funziona" },
  { B, "kapot|beschadig|gebroken|defect|gedeukt|gescheurd" },
  { B, "gekrast|krassen" },
  { B, "werkt =niet" },
  { B, "trencat|trencada|malmes|malmesa|danyat|defectu|espatllat" },
  { B, "ratllat|ratllada|rallad|rayado|rayada" },
  { B, "=dead =on =arrival" },
  { B, "=chip|=crack|=scratch|=dent =on|=in" },
  { B, "=a|=big|=huge|=small =crack|=chip|=dent|=scratch" },
  { B, "=dreht =durch" },
  { B, "=lasst =sich =nicht" },
  { B, "=stumm|=tot" },
  /* It came wet through. */
  { B, "=kletsnat|=doorweekt|=geknakt|=golvend|=waterschade|=durchnasst|=mojado|=mojada|=empapado|=empapada|=molhado|=molhada|=encharcado|=bagnato|=bagnata|=zuppo|=mouille|=mouillee|=trempe|=trempee|=mullat|=mullada" },
  { B, "=krom|=kromme|=verbogen|=verbogene|=torto|=torta|=torcido|=torcida|=storto|=storta|=tordu|=tordue|=tort|=torta" },
  { B, "=crease|=creased|=creases|=geknickt|=knick|=pliure|=arrugado|=arrugada|=gekreukt|=gekreukeld" },
  { B, "=fold =line|=lines|=mark|=marks" },
  /* No sound; not "ja en son dues setmanes". */
  { B, "~=kein|=keinen|=sin|=sans|=sem|=nessun|=geen|=sense|=no sonido|suono|geluid|=sound" },
  { B, "=kein|=keinen =ton" },
  /* A plant that came dead. */
  { B, "=morta|=morto|=muerta|=muerto|=morte|=dood|=dode" },
  { B, "=in =pieces" },
  { B, "crushed|squashed|leaking|leaks|=bent|=chipped|snapped|=dent|=dents" },
  { B, "=no =enciende|=arranca|=carga" },
  { B, "abollad|aplastad|=agrietad|=agrietada|=desconchad" },
  { B, "=geht =nicht =an" },
  { B, "=nicht einschalt|anschalt|aufladen|startet" },
  { B, "eingedruckt|verbeult|undicht|zersprungen|=bruch" },
  { B, "allume|demarre =pas|=plus" },
  { B, "cabosse|ecrase|ecrasee|fele|felee|fuit|=raye|=rayee|=rayures|dechire" },
  { B, "=nao liga|carrega" },
  { B, "=non =si =accende|avvia|carica" },
  { B, "=non accende|funziona|parte" },
  { B, "schiacciat|crepat|incrinat|=rotto|=rotta" },
  { B, "=gaat =niet =aan" },
  { B, "=doet =het =niet" },
  { B, "ingedeukt|gebarsten|lekt|lekken|krassen|deuk" },
  { B, "=no =s encen" },
  { B, "esquerd|abonyegat|rebentat" },
  { B, "=anicos|=pedazos|=trozos|=morceaux|=scherben|=bocados|=trossos" },
  { B, "=fet|=feta|=fets|=fetes =miques|=bocins" },
  { B, "rachad" },

  /* --- Missing item or part -------------------------------------------- */
  { M, "~missing|lacking part|parts|piece|pieces|item|accessor|screw|adapter|cable|charger|manual" },
  { M, "~falta|faltan|faltaba pieza|piezas|articulo|tornillo|cargador|accesorio" },
  { M, "~fehlt|fehlen|fehlend teil|teile|artikel|schraube|kabel|zubehor|netzteil" },
  { M, "~manque|manquant|manquante piece|article|=vis|cable|chargeur|accessoire" },
  { M, "~falta|faltando|faltou peca|item|parafuso|cabo|carregador|acessorio" },
  { M, "~manca|mancano|mancante pezz|articol|=vite|cavo|caricatore|accessori" },
  { M, "~ontbreekt|ontbreken|=mist onderdeel|artikel|schroef|kabel|oplader" },
  { M, "~falta|falten|manca peca|article|cargol|cable|carregador" },
  { M, "incomplet|unvollstandig|onvolledig" },
  { M, "=one|=two =short" },
  { M, "=de =menys|=menos" },
  { M, "=te =weinig" },
  { M, "=mais =sans =la|=le|=les|=l" },
  { M, "=pero =sin =el|=la|=los|=las" },
  { M, "=ma =senza =il|=la|=le|=i|=lo" },
  { M, "=mas =sem =o|=a|=os|=as" },
  { M, "=aber =ohne =den|=die|=das" },
  { M, "=but =without =the" },
  { M, "=maar =zonder =de|=het" },
  { M, "=pero =sense =el|=la|=els|=les" },
  { M, "=zu =wenig" },
  { M, "=still|=is|=are|=was|=were =missing" },
  { M, "~missing|=wasn|=wasnt|=isn|=isnt|=not =in box|package|parcel|delivery" },
  { M, "=il =manque" },
  { M, "=came|=arrived|=comes =without" },
  { M, "=angekommen|=gekommen|=geliefert|=da =aber =ohne" },
  { M, "~=kein|=keine|=keinen|=geen|=nessun|=nessuna|=sin|=sem|=sans|=no charger|cable|netzteil|=kabel|ladegerat|oplader|caricatore|=cavo|cargador|carregador|chargeur|adapter|adaptador|adattatore|handleiding|=manual|schroef|schraube|tornillo|parafuso|=vite|=vis|cargol" },
  { M, "=meant|=supposed =to =be =in" },
  { M, "=falten|=faltan|=faltam|=mancano|=manquent|=fehlen|=ontbreken =les|=los|=las|=os|=as|=le|=i|=gli|=die|=de" },
  { M, "=manquait|=manquaient" },
  { M, "~falta|faltan|faltaba =en =la|=el caja|paquete|pedido" },
  { M, "=veio faltando|=sem" },
  { M, "=er =ontbreekt|ontbreken" },
  { M, "~fehlt|fehlen|fehlten =im paket|karton|lieferung" },

  /* --- Cannot log in ---------------------------------------------------- */
  { A, "=t|=not|=cannot|=cant|=unable|=never =log|login|logon|sign|signin" },
  { A, "=t|=not|=cannot|=cant|=unable =get =into|=in account" },
  { A, "=locked =out" },
  { A, "=chiuso|=chiusa|=bloccato|=bloccata =fuori" },
  { A, "~=login|=log-in|inlog|anmeldung|connexion|=acesso|=accesso|=acceso broken|quebrad|kaputt|kapot|=roto|=rotto|casse|trencat|=stuk" },
  { A, "=logging|=logged|=logs =me|=out =out" },
  { A, "=reset =link|=email|=mail|=never|=doesn" },
  { A, "~password|passwort|kennwort|contrasena|senha|wachtwoord|contrasenya|=mdp|=passe reset|incorrect|wrong|refus|invalid|rejected|zurucksetz|zuruckgesetzt|falsch|ungultig|restablec|reinitialis|redefin|errad|errat|sbagliat|reimpost|herstel|onjuist|restabl|oblid|olvid|forgot|vergessen|oubli|esqueci|dimentic|vergeten" },
  { A, "~session|sesion|sitzung|sessao|sessione|sessie|sessio expired|ongeldig|ungultig|invalid|expir|caduc|abgelauf|verlop|scadut" },
  { A, "~locked|blocked|bloquead|gesperrt|bloque|bloquee|bloccat|geblokkeerd|bloquejat account|cuenta|konto|kundenkonto|compte|conta" },
  { A, "=no|=sin entrar|acceder|acceso|iniciar|loguear|conectar" },
  /* Not "Erstattung ist nicht auf dem Konto", a bank's. */
  { A, "=nicht|=nie kundenkonto|account|anmelden|einloggen|login|=rein" },
  { A, "~login|anmeldung|anmeldedaten|einloggen =nicht|fehler|fehlermeldung|ungultig|falsch|gesperrt" },
  { A, "=pas|=plus|=impossible connect|acceder|identifier|compte|logger|loguer" },
  { A, "=nao|=sem entrar|acessar|aceder|logar|login|acesso" },
  { A, "=non|=impossibile accede|entrare|login|logg|colleg" },
  { A, "=niet inlog|inloggen|aanmeld|loggen|account" },
  /* "No puc entrar"; not "ara que ja puc entrar". */
  { A, "=no =puc|=pots|=podem entrar|accedir|connectar|iniciar|compte" },
  { A, "=sense =poder =entrar|=accedir" },
  /* "Inloggen werkt nog steeds niet". */
  { A, "~inloggen|=inlog|=login|einloggen|anmeldung|connexion|=log =werkt|=lukt|funktioniert|funciona|fonctionne|funziona|=works|=working" },
  { A, "~=pas|=plus|=no|=not|=nicht|=kein|=keinen|=nao|=non|=niet|=geen|=sin|=sans|=sem|=senza|=zonder|=ohne|=cannot|=cant|=t|=impossible|=impossibile|=imposible|=unable acces|=acesso|zugang|zugriff|toegang account|cuenta|conta|konto|kundenkonto|compte|profil|perfil|profilo|profiel" },
  { A, "~verification|verificacion|verifizierung|bestatigungscode|codigo|=code|=codice|=codi|=2fa|=sms =never|=not|=no|=nicht|=kein|=pas|=nao|=non|=niet arriv|lleg|kommt|ankommt|arrive|chega|arriva|arriba|receiv|recib|erhalt|=recu|receb|ricev|ontvang" },

  /* --- Invoice error ---------------------------------------------------- */
  /* Shipping charged that should not have been: "cobraram 6,90€ de portes". */
  /* VAT on an invoice: "la factura porta l'IVA del 21%". */
  { I, "~factura|fattura|fatura|factuur|rechnung|invoice|facture =iva|=vat|=mwst|=ust|=btw|=tva" },
  { I, "~portes|=shipping|=postage|versandkosten|=versand|=spedizione|verzendkosten|=livraison|=port|=enviament cobraram|cobrado|cobrat|cobrats|=charged|berechnet|addebitat|aangerekend|facture|factures" },
  { I, "~invoice|receipt wrong|incorrect|error|mistake|=vat|corrected|correct|amend|name|address" },
  { I, "~factura|facturas =mal|incorrect|error|equivocad|corregi|correg|=nif|=cif|rectific|nombre|direccion" },
  { I, "~rechnung falsch|fehler|korrig|anschrift|adresse|=mwst|=ust|berichtig" },
  { I, "~facture erreur|errone|incorrect|=faux|fausse|rectific|corrig|=tva|=nom|adresse" },
  { I, "~fatura|nota errad|incorret|corrig|=cnpj|=cpf|endereco" },
  { I, "~fattura sbagliat|errat|corregg|corrett|intestat|=iva|rettific|indirizzo" },
  { I, "~factuur fout|onjuist|verkeerd|corrig|=btw|=naam|adres|aangepast|aangepaste|correcte|nieuwe" },
  { I, "~factura equivocat|incorrect|error|corregi|=nif|adreca|antiga|refer|=nom" },
  { I, "~invoice|receipt|factura|rechnung|facture|fatura|fattura|factuur =someone|=somebody|=another|=otra|=altra|=anderen|=autre|=outra|=altra|=iemand|=persona|=person|=personne|=pessoa|=persoon" },
  { I, "~rechnung mehrwertsteuer|steuer|betrag|korrigieren|stornieren" },
  { I, "~rechnung|invoice|factura|facture|fattura|factuur|fatura =neue|=new|=nueva|=nouvelle|=nuova|=nieuwe|=nova|korrigierte|=corrected|corrigee|corretta|gecorrigeerde|corrigida|corregida" },

  /* --- App crash -------------------------------------------------------- */
  { C, "crash" },
  { C, "=fecha =sozinho|=sozinha" },
  { C, "=fliegt|=fliegen|=flog =um =die =ohren" },
  { C, "=fliegt|=fliege|=fliegen =raus" },
  { C, "=app|=seite|=shop|=website =klappt|=schliesst|=macht =zu" },
  { C, "=page|=pagina|=seite|=ecran|=scherm|=bildschirm|=schermo|=pantalla|=tela|=screen =blanche|=blanca|=branca|=bianca|=weisse|=witte|=blank|=white" },
  { C, "=blank =page|=screen" },
  { C, "=blanks|=blanked =out" },
  { C, "=error|=erreur|=fehler|=erro|=errore|=fout =500|=502|=503" },
  { C, "=pantalla|=pagina|=page|=tela =en|=em =blanc|=blanco|=branco|=blanca" },
  { C, "=vai|=foi =abaixo" },
  { C, "=pagina|=tela =em =branco" },
  { C, "~=app|=apps|applic|aplicac|aplicativ|applikation|=appli|aplicacio|=seite|=webseite|=website|=site|=sitio|=webshop schmiert|abgeschmiert|petant|=peta|=petat|=buggy|=plantage|=crasht|=crashen|=bloccata|=freezes" },
  { C, "~=app|=apps|applic|aplicac|aplicativ|applikation|=appli|aplicacio kicks|kicked|=shuts|quits|froze|frozen|=butta|=buttato|=sluit|=vast|=cuelga|=colgada|travando|=blank" },
  { C, "~=app|=apps|=appli|aplicacion|aplicacao|aplicativ|applicazione|applicatie|applikation|aplicacio|=web|=site|=page|=pagina|=website|=sitio|=seite|=webshop closes|closing|freez|=hangs|=dies|=died|=muere|=stirbt|=meurt|=morre|=muore|cierra|cuelga|bloquea|sturzt|absturz|schliesst|ferme|plante|trava|travou|fechando|fechou|chiude|blocca|bloccata|sluit|vastloopt|tanca|penja" },

  /* --- Payment fails ---------------------------------------------------- */
  { P, "~payment|checkout|card|pago|pagar|tarjeta|zahlung|bezahlen|karte|paiement|payer|carte|pagamento|cartao|pagare|carta|betaling|betalen|kaart|pagament|targeta error|fails|failed|declin|rejected|refused|denied|fehler|abgelehnt|echoue|erreur|refuse|refusee|=erro|recusad|negad|errore|rifiut|=fout|mislukt|geweigerd|rebutj" },
  { P, "~afreken|=ideal =fout|=mis|mislukt|=error" },
  { P, "~paying|=pay|=paid|=payment|checkout|card|bezahl|zahl|paye|pagu|pagar|pagand|betaal =declined|=decline|=spins|=abgebrochen|=rechaza|=rechazada|=rechazado|=recusa|=recusado|=recusada" },

  /* --- Cancellation ----------------------------------------------------- */
  { X, "=cancel|=cancels|canceled|cancelled|canceling|cancelling|cancellation|cancela|cancele|cancelei|cancelou|cancelad|cancelac|cancellat|cancellare|cancellazion|annul|anul|stornier|storno|geannuleerd" },
  { X, "opgezegd|opzeg|gekundigt|kundig|disdett|desabon|resili|rescind|=cancellato" },
  { X, "=de =baja" },

  /* --- Discount code ---------------------------------------------------- */
  { K, "~code|codigo|gutschein|rabattcode|coupon|promo|cupom|cupao|cupon|codice|kortingscode|descompte|codi|voucher invalid|expir|refuse|rechaz|recusad|rifiutat|geweigerd|doesn|=don|=dont|=not|=no|=nicht|ungultig|abgelaufen|=pas|valide|=nao|valido|=non|scadut|werkt|ongeldig|accept" },
  { K, "~descuento|rebaja|rabatt|remise|reduc|desconto|sconto|korting|descompte|discount =sin|=sem|=senza|=nicht|=pas|=niet|=sense|=not|=sans|=ohne|=zonder|=without|=never|=nunca|=nie|=jamais|=mai|=nooit|=nao|=no|=non|=doesn|=doesnt|=don|=dont|=didn|=didnt aplic|applique|angewendet|applicat|toegepast|applied|funciona|funcionar|funziona|funktioniert|werkt|=work|=works|marche" },
  { K, "=no =s|=se =aplica|=aplico|=aplicat|=aplicado" },
  { P, "=impossible|=imposible|=impossibile|=unable|=cannot|=cant|=nicht|=niet =payer|=pagar|=pagare|=pay|=bezahlen|=betalen" },
  { K, "~code|discount|voucher|coupon didn|didnt|=full" },
  { K, "~korting|kortingscode|rabatt|rabattcode|gutschein|descuento|remise|sconto|desconto|descompte|discount =niet|=nicht|=no|=pas|=non|=nao|=not|=nooit|=nie|=nunca|=jamais|=mai gezien|gesehen|visto|=vu|=seen|=staat|=steht|abgezogen|verrekend|toegepast" },
  { K, "~kortingscode|korting|=code doet|werkt =niks|=niets|=niet" },


  /* --- Return: the label or slip to send an item back ---------------- */
  { E, "~return|returns label|slip|form|request|code" },
  { E, "~devolucion|devolver|cambio etiqueta|solicitud" },
  { E, "retourenschein|rucksendeschein|rucksendeetikett|retourenlabel|retourlabel" },
  { E, "=etiqueta|=etiquette|=etichetta|=etiket|=etikett =de|=di|=van|=fur|=per =envio|=devolucao|=devolucion|=retour|=reso|=retoure|=ruckversand|=enviament|=devolucio" },
  { E, "=geen|=no|=kein|=keine|=pas|=nao|=non|=not|=nunca|=nooit =label|=etiket|=etiqueta|=etikett|=etichetta|=etiquette =ontvangen|=received|=recibido|=recibida|=erhalten|=recu|=recue|=ricevuto|=ricevuta|=recebido|=recebida|=rebut|=rebuda|=gekregen" },
  { E, "~rucksendung|retoure|rucksende etikett|=schein|=label|aufkleber" },
  { E, "~retour|renvoi etiquette|bordereau|=bon" },
  { E, "~devolucao|troca etiqueta|codigo|postagem|autorizacao" },
  { E, "~reso|restituzione|rispedire etichetta|modulo|codice" },
  { E, "~retour|retourneren|terugsturen label|formulier|sticker" },
  { E, "~devolucio|retornar|canvi etiqueta|sol" },

  /* --- The courier's conduct: rude, or throwing the parcel ----------- */
  { Y, "~courier|couriers|driver|chauffeur|delivery|postman|paketfahrer|paketbot|repartidor|repartidora|transportista|mensajero|zusteller|paketbote|fahrer|kurier|livreur|livreuse|facteur|entregador|entregadora|estafeta|motorista|corriere|fattorino|bezorger|koerier|pakketbezorger|transporteur rude|yelled|shouted|swore|insult|threw|thrown|tossed|chucked|maleducad|grosero|grosera|grito|tiro|tirado|tirada|lanzado|unfreundlich|unhoflich|angeschrien|beleidigt|geworfen|geschmissen|impoli|balance|jete|jette|jettent|insulte|grossier|grossiere|grosseir|gritou|jogou|atirou|maleducat|scortese|urlato|tirato|lanciato|onbeleefd|angeschnauzt|verhalten|behaviour|behavior|comportement|comportamiento|comportamento|gedrag|comportament|atteggiamento|onvriendelijk|geschreeuwd|gegooid|gooide|gooit|schelden|scheldt|uitgescholden|tekeer|cridat|llencat|llancat|pampig|angeblafft|=fallen" },
  { Y, "~livreur|corriere|repartidor|bezorger|courier|zusteller =mal =poli|=educato|=educado|=educat" },
  { Y, "~=monsieur|=gars|=mec|=tipo|=senyor|=tizio|=bloke insult|beleidigt|angeschrien|grosero|maleducat|scortese" },
  { Y, "=comme =a =un =chien" },
  { Y, "~corriere|fattorino risposto|risponde|rispondere|trattato =male" },

  /* --- Not a complaint: a reminder ("still", "any news?", "no answer").
   * A post that names the same order and only asks again is a copy. */
  { N, "=still|=again|=yet|=anyone|=anybody|=nobody|=reminder|=waiting" },
  { N, "=any news|update|updates|word" },
  { N, "=no|=zero answer|reply|response|replies" },
  { N, "=no =one" },
  { N, "=second|=third|=3rd|=2nd time" },
  { N, "=follow|=following =up" },
  { N, "=sigo|=sigue|=todavia|=aun|=nadie|=esperando|=recordatorio|=alguien" },
  { N, "=otra|=de vez|nuevo" },
  { N, "=ninguna|=sin =respuesta|contestacion" },
  { N, "=noch|=immer =immer|=noch|=nicht" },
  { N, "=wieder|=erneut|=nochmal|=niemand|=nachfrage|=erinnerung|=warte" },
  { N, "=keine antwort|reaktion|ruckmeldung" },
  { N, "=toujours|=encore|=relance|=personne|=attends" },
  { N, "=aucune|=sans =reponse|nouvelles" },
  { N, "=ainda|=novamente|=ninguem|=aguardando|=esperando|=continuo" },
  { N, "=de =novo" },
  { N, "=nenhuma|=sem|=zero =resposta|retorno" },
  { N, "=ancora|=nessuno|=aspetto|=sollecito" },
  { N, "=di nuovo" },
  { N, "=nessuna risposta" },
  { N, "=nog =steeds|=altijd" },
  { N, "=vergangen" },
  { N, "=weiterhin|=nach =wie =vor" },
  { N, "=ni =respuesta|=noticias|=caso|=resposta|=noticies|=contestacion" },
  { N, "=another|=more =times|=attempts|=tries" },
  { N, "=weer|=opnieuw|=niemand|=wacht|=herinnering|=iemand" },
  { N, "=geen reactie|antwoord" },
  { N, "=encara|=ningu|=espero|=esperant|=continuo" },
  { N, "=de =nou" },
  { N, "=cap resposta" },
  { N, "=continua|=continuam|=continue|=seguimos|=alguem|=endlich|=enfin|=finalmente|=eindelijk|=seriously|=ridiculous" },
  /* "segue sem chegar"; not "segue a foto" (here is the photo). */
  { N, "=segue =sem|=parado|=parada|=igual|=nada|=esperando" },
  { N, "=segueix|=segueixo|=algu|=irgendwer|=jemand|=quelqu|=qualcuno|=iemand|=anyone" },
  { N, "=third|=3rd|=fourth|=4th|=tercera|=tercer|=cuarta|=cuarto|=troisieme|=quatrieme|=dritte|=dritten|=vierte|=vierten|=terceira|=terceiro|=quarta|=quarto|=terza|=terzo|=derde|=vierde|=tercera =time|=vez|=fois|=vegada|=volta|=keer|=mail|=email|=message|=nachricht|=mensaje|=correo|=bericht|=messaggio|=missatge|=mensagem" },
  { N, "=dritte|=zweite|=dritten =mal" },
  /* Writing for the third time tells of the posts before. */
  { S, "=third|=3rd|=fourth|=4th|=tercera|=tercer|=cuarta|=cuarto|=troisieme|=quatrieme|=dritte|=dritten|=vierte|=vierten|=terceira|=terceiro|=quarta|=quarto|=terza|=terzo|=derde|=vierde =time|=vez|=fois|=vegada|=volta|=keer|=mal|=mail|=email|=message|=nachricht|=mensaje|=correo|=bericht|=messaggio|=missatge|=mensagem" },
  { N, "=dritter|=zweiter|=vierter =anlauf|=versuch" },
  { N, "=duwtje|=herinnering|=reminder|=rappel|=recordatorio|=promemoria|=lembrete|=recordatori" },
  { N, "=seguiu =sense" },
  { N, "=nog =even =hierover|=over|=dit" },
  { N, "sollecit|=relance|=relancer" },
  /* "Did they ship or not?" */
  { N, "=oder|=or|=ou|=o|=of =nicht|=not|=pas|=no|=nao|=niet|=non" },
  /* "Does it work or not?" */
  { N, "=funciona|=funziona|=works|=work|=funktioniert|=werkt|=fonctionne|=marche =ou|=o|=or|=oder|=of =nao|=no|=not|=nicht|=niet|=pas" },
  { N, "=han|=ya pasado|pasaron|=van" },
  { N, "=ja =passaram|=passou" },
  { N, "=ja =la =vao" },
  { N, "=sono =passati|=passate|=passato" },
  { N, "=ja =fa" },
  { N, "=meme =souci|=probleme" },
  { N, "=same =problem|=issue" },
  { N, "=nothing =back" },
  { N, "=any =time =now" },
  { N, "=mismo =problema" },
  { N, "=nog =steeds" },
  { N, "=novita|=novedades|=novedad|=neuigkeiten|=neues|=novidades|=novidade|=nieuws|=novetats|=noticias|=noticies|=notizie" },
  { N, "=seguis|=segueixen|=siguen|=seguimos" },
  { N, "=ni =una|=un|=cap respuesta|contestacion|resposta|mensaje|missatge" },
  { N, "=pues|=doncs =nada|=res" },
  { N, "=nichts =gehort" },
  { N, "=niks|=niets =gehoord" },

  /* --- Not a complaint: thanks ("thanks again" asks nothing again). */
  { T, "thank|=thx|=ty|gracias|=gracies|=merci|=danke|=dankeschon|obrigad|grazie|bedankt" },
  { T, "=vielen =dank" },
  { T, "=dank =je|=u" },

  /* --- Not a complaint: it says it told us before ("as I said on
   * Mastodon", "wie schon per Mail geschrieben", "ho già scritto"). */
  { S, "=as|=like =i =said|=wrote|=mentioned|=posted|=told|=emailed|=mailed|=messaged|=reported|=explained" },
  { S, "=already =emailed|=mailed|=messaged|=wrote|=written|=posted|=told|=said|=reported|=contacted|=explained|=sent" },
  { S, "=emailed|=mailed|=messaged|=dmed|=wrote|=posted =you|=them|=yesterday|=earlier|=before|=already|=on|=last|=twice" },
  { S, "=mail|=email|=nachricht|=correo|=courriel|=message|=mensaje|=missatge|=bericht|=messaggio =blieb|=bleibt|=sigue|=reste|=resta|=segueix|=bleef|=is|=was|=esta =unbeantwortet|=onbeantwoord|=unanswered|=sin|=sans|=sem|=senza|=sense" },
  { S, "=je =le =redis|=repete" },
  { S, "=mails|=emails|=messages|=courriels|=correos|=mensajes|=mensagens|=messaggi|=berichten|=missatges =sans|=sin|=sem|=senza|=zonder|=ohne|=without|=unanswered" },
  { S, "=my =last|=previous|=earlier|=first =email|=mail|=message|=post|=dm" },
  { S, "answer|reply|response|replies =to =my =email|=mail|=message|=post|=dm" },
  /* A post that names a network tells of a post there ("op Mastodon geen
   * antwoord", "já tentei no Bluesky"). */
  { S, "=mastodon|=masto|=bluesky|=bsky" },
  { S, "=gemailt|=gemaild|=emailed|=mailed" },
  { S, "=vaig =enviar|=escriure =un =correu|=mail|=email" },
  /* "Auf Mails antwortet auch keiner", "al correu no em contesteu". */
  { S, "~=mail|=mails|=email|=emails|=e-mail|=correo|=correos|=correu|=courriel|=courriels =unbeantwortet|=unanswered|=onbeantwoord|=antwortet|=beantwortet|=answer|=answered|=answers|=reply|=replied|=replies|=contesteu|=contestais|=contestan|=responden|=respondeis|=repondez|=repondu|=respondem|=responderam|=risponde|=rispondete|=antwoord|=antwoordt|=reactie|=beantwoord|=antwort|=respuesta|=reponse|=resposta|=risposta|=resposta" },
  { S, "=posted|=wrote|=complained|=tweeted =about =this|=it" },
  { S, "=answered|=replied|=responded|=read =my =email|=mail|=message|=dm" },
  { S, "=posted|=wrote|=complained|=tweeted|=asked|=said|=mentioned =on|=to =bluesky|=bsky|=mastodon|=twitter|=instagram|=facebook" },
  { S, "~=bluesky|=bsky|=mastodon|=twitter|=instagram =nobody|=nadie|=ningu|=niemand|=personne|=ninguem|=nessuno|=contesteu|=contestais|=contestan|=respondeu|=antwortet|=repondez|=reponse|=respuesta|=resposta|=risposta|=antwort|=reactie|=answer|=reply" },
  { S, "=como =ya|=os|=te|=les =dije|=escribi|=comente|=conte|=avise|=puse|=decia" },
  { S, "=ya =os|=les|=te|=lo =escribi|=dije|=mande|=conte|=avise|=comente|=puse" },
  { S, "=ya =escribi|=mande|=avise|=reclame|=contacte|=comente" },
  { S, "=os|=les =escribi|=mande" },
  { S, "=lo =pongo =aqui" },
  { S, "=aqui|=here|=hier|=ici|=qui|=aca =tambien|=too|=auch|=aussi|=anche|=ook|=tambe|=tambem" },
  { S, "=provo|=pruebo|=intento|=tento|=trying|=try|=versuche|=essaie|=probeer =per|=por|=here|=hier|=ici|=qui|=aqui|=het =aqui|=hier" },
  { S, "=conte|=dije|=escribi|=comente|=puse|=avise =en|=por =mastodon|=bluesky|=bsky|=correo|=mail|=email|=twitter" },
  { S, "=mi =ultimo|=anterior|=primer =correo|=mail|=email|=mensaje" },
  { S, "respuesta|contestacion =a =mi =correo|=mail|=email|=mensaje" },
  { S, "=wie =schon|=bereits =gesagt|=geschrieben|=erwahnt|=gemeldet|=gemailt|=mitgeteilt" },
  { S, "=habe|=hab|=hatte =schon|=bereits =geschrieben|=gemailt|=gemeldet|=gesagt|=mitgeteilt|=angeschrieben" },
  { S, "=meine =letzte|=vorige|=erste =mail|=email|=nachricht" },
  { S, "=schon|=bereits =auf|=per|=uber =mastodon|=bluesky|=bsky|=mail|=email|=twitter" },
  { S, "=mail|=email|=nachricht =geschrieben|=geschickt" },
  { S, "antwort|reaktion =auf =meine =mail|=email|=nachricht" },
  { S, "=comme =je|=deja =dit|=ecrit|=signale|=dis|=mentionne|=indique|=explique" },
  { S, "=deja =ecrit|=signale|=dit|=envoye|=contacte|=explique|=relance" },
  { S, "=vous =ai|=avais =signale|=ecrit|=envoye|=dit|=prevenu|=contacte|=explique" },
  { S, "=mon =dernier|=precedent|=premier =mail|=message|=courriel" },
  { S, "reponse =a =mon =mail|=message|=courriel" },
  { S, "=como =falei|=disse|=escrevi|=comentei|=avisei|=mencionei|=expliquei" },
  { S, "=ja =escrevi|=mandei|=falei|=avisei|=reclamei|=enviei|=disse|=expliquei" },
  { S, "=mandei|=enviei =e|=email|=mail|=mensagem|=dm" },
  { S, "=escrevi|=postei|=falei|=reclamei =no|=na|=pelo|=por =mastodon|=bluesky|=bsky|=email|=mail|=e" },
  { S, "=por|=pelo|=per =email|=mail|=e|=correo|=correu =faz|=ha|=hace|=fa" },
  { S, "resposta|retorno =ao|=a =meu|=minha =e|=email|=mail|=mensagem" },
  { S, "=come =detto|=scritto|=segnalato|=anticipato|=spiegato" },
  { S, "=ho =gia =scritto|=detto|=segnalato|=mandato|=inviato|=spiegato" },
  { S, "=vi =ho|=avevo =scritto|=mandato|=segnalato|=detto" },
  { S, "risposta =alla =mia =mail|=email|=segnalazione" },
  { S, "=zoals =gezegd|=gemaild|=gemeld|=geschreven|=mailde|=zei|=schreef|=meldde|=aangegeven" },
  { S, "=al =gemaild|=gemeld|=geschreven|=gezegd|=aangegeven|=gevraagd" },
  { S, "=al =op|=via|=per =bluesky|=bsky|=mastodon|=mail|=email|=twitter" },
  { S, "=mail|=mailtje|=bericht|=email =gestuurd" },
  { S, "reactie|antwoord =op =mijn =mail|=email|=bericht" },
  { S, "=als =op|=per|=via =bluesky|=bsky|=mastodon|=mail|=email =gemeld|=gezegd|=gemaild|=geschreven|=gepost" },
  { S, "=com =vaig|=he|=havia =dir|=escriure|=comentar|=explicar|=avisar|=dit|=escrit|=comentat" },
  { S, "=ja =vaig|=he =escriure|=dir|=dit|=escrit|=avisar|=avisat|=comentar|=comentat|=explicar" },
  { S, "=us|=vos =vaig =escriure|=dir|=enviar|=avisar|=explicar" },
  { S, "resposta =al =meu =correu|=mail|=missatge" },
  /* "I'm writing again", "volto a escrever", "ik mailde al". */
  { S, "=writing|=write =again|=once =again" },
  { S, "=vuelvo|=torno =a =escribir|=escriure|=escrever|=contactar|=contactaros" },
  { S, "=volto =a =escrever|=contactar|=escrivere|=scrivere" },
  { S, "=vous =reecris|=recris" },
  { S, "=ecris =a|=de =nouveau" },
  { S, "=scrivo|=riscrivo =di =nuovo|=ancora" },
  { S, "=schreibe|=schreiben|=melde =erneut|=nochmal|=nochmals|=wieder" },
  { S, "=ik =mailde|=schreef|=meldde|=belde" },
  { S, "=emailed|=mailed|=messaged|=dmed|=wrote =no|=nothing|=zero =reply|=response|=answer|=back" },
  { S, "=anche|=ook|=tambe|=tambem|=auch =qui|=hier|=aqui|=aca" },
  { S, "=envoye|=ecrit =un =mail|=message|=courriel|=mot" },
  { S, "=por|=per|=via =email|=mail|=correo|=correu =ni|=nadie|=ningu|=res|=sin" },
  { S, "=tinha|=tinhamos =escrito|=dito|=enviado|=falado" },
  { S, "=scritto|=detto|=segnalato =anche =su|=qui|=via|=per" },
  { S, "=mail|=email|=nachricht|=mails =beantwortet =keiner|=niemand|=auch" },
  { S, "=eerder =op|=via|=per =mastodon|=bluesky|=bsky|=mail|=email|=twitter" },
  { S, "=emailed|=mailed|=messaged|=dmed|=wrote|=contacted =days|=weeks|=hours|=day|=week =ago" },
  { S, "=schrijf|=mail|=meld =opnieuw|=nogmaals|=weer" },

  /* --- Not a complaint: it says the problem is solved ("that worked,
   * I'm in", "ya funciona", "hat geklappt"). */
  /* Not "love that the welcome code works on nothing". */
  { F, "=it =worked|=works" },
  { F, "=that =worked" },
  /* Not "3-5 working days, it's now two weeks". */
  { F, "=works =now|=again" },
  { F, "=it|=s|=that|=everything|=all =working =now|=again" },
  { F, "=i =m|=am =in" },
  { F, "=all =sorted|=good|=fixed" },
  { F, "=problem|=issue =solved|=resolved|=fixed" },
  { F, "=ya =funciona|=puedo" },
  { F, "=funciono|=solucionado|=resuelto|=arreglado" },
  { F, "=hat =geklappt|=funktioniert" },
  { F, "=funktioniert =jetzt|=wieder" },
  { F, "=bin =drin" },
  { F, "=ca =marche|=fonctionne" },
  { F, "=ca =a =marche|=fonctionne" },
  /* Not "c'est bon, c'est livré", a courier's words. */
  { F, "=c =est =regle|=resolu" },
  { F, "=deu =certo" },
  { F, "=ja =funciona|=consegui" },
  { F, "=funcionou|=resolvido" },
  { F, "=ha =funzionato" },
  { F, "=ora =funziona" },
  { F, "=risolto|=sistemato" },
  { F, "=het =werkt|=is =gelukt" },
  { F, "=werkt =nu|=weer" },
  { F, "=opgelost" },
  { F, "=ja =puc|=funciona" },
  { F, "=ha =funcionat" },
  { F, "=resolt|=solucionat" },
  /* Managed at last: "j'ai fini par réussir à commander". */
  { F, "=fini =par =reussir|=arriver" },
  { F, "=finally =managed|=worked" },
  { F, "=por =fin =pude|=funciono" },
  { F, "=endlich =geklappt|=geschafft|=funktioniert" },
  { F, "=finalmente =consegui|=funcionou|=funziona" },
  { F, "=eindelijk =gelukt" },
  { F, "=finalment =he =pogut" },

  /* --- Not a complaint: it raises another matter ("separate thing about
   * order 44170", "outra coisa:", "schon wieder was:"). */
  { O, "=separate|=another|=different|=other =thing|=issue|=question|=matter" },
  { O, "=one =more =thing|=question" },
  { O, "=one =thing =though" },
  { O, "=una =cosa =ancora|=piu|=mas" },
  { O, "=mais =uma =coisa" },
  { O, "=une =chose =encore" },
  { O, "=otra =cosa|=pregunta|=duda|=consulta" },
  { O, "=otro =tema|=asunto" },
  { O, "=noch =eine =frage|=sache" },
  { O, "=schon =wieder =was" },
  { O, "=andere =sache|=frage|=thema" },
  { O, "=anderes =thema|=problem" },
  { O, "=autre =chose|=question|=sujet|=point" },
  { O, "=outra =coisa|=questao|=duvida|=pergunta" },
  { O, "=outro =assunto|=tema" },
  { O, "=altra =cosa|=domanda|=questione" },
  { O, "=un =altro =problema|=discorso" },
  /* Not "of komt er nog iets?". */
  { O, "=nog =iets =anders" },
  { O, "=nog =een =vraag" },
  { O, "=andere =vraag|=kwestie" },
  { O, "=iets =anders" },
  { O, "=altra =pregunta|=questio" },
  { O, "=un =altre =tema|=problema" },
  /* "Besides the invoice to correct, two sacks are missing." */
  { O, "=besides =the|=that" },
  { O, "=on =top =of =that" },
  { O, "=ausserdem|=zusatzlich" },
  { O, "=ademas =de" },
  { O, "=en =plus =de" },
  { O, "=alem =de|=da|=do|=disso" },
  { O, "=oltre =alla|=al|=allo|=a" },
  { O, "=naast =de|=het" },
  { O, "=a =mes =de" },
  { O, "=los =van =dat|=de|=het" },
  { O, "=inoltre|=daarnaast|=bovendien" },

  /* --- Not a complaint: the parcel came at last ("Maschine ist endlich
   * da", "schoenen zijn binnen", "ja han arribat les botes"). Negated
   * ("ist immer noch nicht da") the late delivery rules see it. */
  { V, "=finally =arrived|=came|=here|=delivered|=turned|=showed|=got" },
  { V, "=arrived|=came|=here =at =last" },
  { V, "=did =arrive|=come" },
  { V, "=turned|=showed =up =today|=yesterday|=this|=finally" },
  { V, "=endlich =da|=angekommen|=eingetroffen|=gekommen|=geliefert|=zugestellt" },
  { V, "=jetzt|=nun|=inzwischen =da|=angekommen|=eingetroffen" },
  { V, "=eindelijk =binnen|=bezorgd|=ontvangen|=aangekomen|=gekomen|=geleverd" },
  { V, "=zijn|=is|=nu =binnen" },
  { V, "=enfin =arrive|=arrivee|=arrives|=arrivees|=recu|=recue|=recus|=livre|=livree|=la" },
  { V, "=bien =recu|=recue|=recus|=arrive|=arrivee|=arrives" },
  { V, "=por =fin =llego|=llegaron|=ha|=lo|=me|=recibi|=esta" },
  { V, "=ya =llego|=llegaron|=recibi|=lo =tengo" },
  { V, "=finalmente =chegou|=chegaram|=recebi|=entregue|=llego|=llegaron|=arrivato|=arrivata|=arrivati|=arrivate|=arrivo|=ricevuto|=consegnato" },
  { V, "=ja =chegou|=chegaram|=recebi" },
  { V, "=e|=sono =arrivato|=arrivata|=arrivati|=arrivate" },
  { V, "=per =fi =ha|=han|=arribat|=arribada" },
  { V, "=finalment|=ja =ha|=han =arribat|=arribada" },
  /* "Ja tinc les barres, gràcies!" */
  { V, "=ja =tinc|=tenho" },
  { V, "=ya =tengo" },
  { V, "=ho =ricevuto" },
};

#undef N
#undef T
#undef S
#undef O
#undef F
#undef L
#undef R
#undef D
#undef W
#undef B
#undef M
#undef A
#undef I
#undef C
#undef P
#undef X
#undef K
#undef E
#undef Y
#undef V
#undef G

/* A post that opens with one of these adds to an earlier one. */
static const char * const update_openers[] = {
  "update", "updated", "edit", "ps", "pd", "nachtrag", "addendum", "actualizacion",
  "aggiornamento", "atualizacao", "actualitzacio", "aanvulling", "erganzung", "complemento",
  "adenda", "aggiunta", "addition",
};
/* "Oh and …", "O en …", "Ah, y …" open an addition too. */
static const char * const oh[] = { "o", "oh", "ah", "och" };
static const char * const and[] = { "and", "en", "y", "und", "et", "e", "i" };
/* After a word of thanks, these say "please": "merci de me rembourser",
 * "thanks in advance", "gracias de antemano". */
static const char * const please_after_thanks[] = {
  "de", "d", "davance", "in", "im", "por", "per", "alvast", "antecipadamente", "voraus",
};

/* Greetings that ask again when a question mark follows them. */
static const char * const called_greetings[] = {
  "hello", "helloo", "hallo", "hola", "ola", "allo", "alo", "ciao", "hoi", "hey", "hi", "anyone", "ei", "eii",
  /* "Well?", "Nou?", "Alors ?" */
  "well", "nou", "alors", "allora", "bueno", "entao", "und", "na", "doncs", "en",
};
/* Thanks in the last words of a post, before a name, sign it off. */
#define SIGN_OFF_WORDS 3
/* And one of these in its first words: "forgot to say", "j'oubliais". */
static const char * const forgot_stems[] = {
  "forgot", "olvid", "vergessen", "vergass", "oubli", "esqueci", "dimentic", "vergeten", "oblid",
};
/* What one forgets without adding to a post: "I've forgotten my
 * password", "he olvidado mi contraseña", "j'ai oublié mon mot de passe". */
static const char * const forgotten_things[] = {
  "passw", "kennw", "contras", "senha", "wachtw", "mot", "login", "usuari", "user", "accoun", "cuent", "compt",
  "conta", "kont", "pin",
};

static const struct {
  const char *id;
  const char *label;
} complaints[FD_N_COMPLAINTS] = {
  /* Translators: kinds of complaint, shown as "same complaint: %s" */
  [FD_COMPLAINT_LATE_DELIVERY] = { "late-delivery", N_("late delivery") },
  [FD_COMPLAINT_REFUND]        = { "refund", N_("refund") },
  [FD_COMPLAINT_DOUBLE_CHARGE] = { "double-charge", N_("double charge") },
  [FD_COMPLAINT_WRONG_ITEM]    = { "wrong-item", N_("wrong item") },
  [FD_COMPLAINT_DAMAGED_ITEM]  = { "damaged-item", N_("damaged or faulty item") },
  [FD_COMPLAINT_MISSING_ITEM]  = { "missing-item", N_("missing item") },
  [FD_COMPLAINT_LOGIN]         = { "login", N_("cannot log in") },
  [FD_COMPLAINT_INVOICE]       = { "invoice", N_("invoice error") },
  [FD_COMPLAINT_APP_CRASH]     = { "app-crash", N_("app crash") },
  [FD_COMPLAINT_PAYMENT]       = { "payment", N_("payment fails") },
  [FD_COMPLAINT_CANCELLATION]  = { "cancellation", N_("cancellation") },
  [FD_COMPLAINT_DISCOUNT_CODE] = { "discount-code", N_("discount code") },
  [FD_COMPLAINT_RETURN]        = { "return", N_("return label") },
  [FD_COMPLAINT_COURIER]       = { "courier", N_("rude courier") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (rules) < G_MAXUINT16);

/* The compiled lexicon: every word of every rule, looked up by the
 * words of a post and, for prefixes, by their beginnings. */
typedef struct {
  guint16 rule;
  guint8  term;
} Use;

typedef struct {
  guint    n_terms;
  gboolean ordered;
  guint    kind;
} CompiledRule;

typedef struct {
  FdRepeatsWordTable *exact;       /* word -> GArray of Use */
  FdRepeatsWordTable *prefix;      /* stem -> GArray of Use */
  FdRepeatsWordTable *stem_starts; /* the first four bytes of every stem */
  guint32             prefix_lengths;   /* bit n: some stem has n bytes */
  CompiledRule       *rules;
} Lexicon;

static void
add_use (FdRepeatsWordTable *table,
         const char         *word,
         Use                 use)
{
  GArray *uses;
  gsize len = strlen (word);
  guint32 hash = _fd_repeats_hash_bytes (word, len);

  uses = _fd_repeats_word_table_lookup (table, hash, word, len);
  if (uses == NULL)
    {
      uses = g_array_new (FALSE, FALSE, sizeof (Use));
      /* Kept for the life of the process, as the lexicon is. */
      _fd_repeats_word_table_insert (table, g_strdup (word), uses);
    }
  g_array_append_val (uses, use);
}


/* The hash of a word's first four bytes, as the word table computes it. */
static guint32
stem_hash (const char *word)
{
  guint32 h = FD_REPEATS_HASH_INIT;

  for (guint k = 0; k < 4; k++)
    h = _fd_repeats_hash_step (h, (guchar) word[k]);

  return h;
}

static const Lexicon *
get_lexicon (void)
{
  static Lexicon *lexicon = NULL;

  if (g_once_init_enter (&lexicon))
    {
      Lexicon *lex = g_new0 (Lexicon, 1);

      lex->exact = _fd_repeats_word_table_new ();
      lex->prefix = _fd_repeats_word_table_new ();
      lex->stem_starts = _fd_repeats_word_table_new ();
      lex->rules = g_new0 (CompiledRule, G_N_ELEMENTS (rules));

      for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
        {
          const char *spec = rules[r].rule;
          g_auto(GStrv) terms = NULL;

          lex->rules[r].kind = rules[r].kind;
          lex->rules[r].ordered = spec[0] != '~';
          if (spec[0] == '~')
            spec++;
          terms = g_strsplit (spec, " ", -1);
          g_assert (g_strv_length (terms) >= 1 && g_strv_length (terms) <= MAX_TERMS);
          lex->rules[r].n_terms = g_strv_length (terms);

          for (guint t = 0; terms[t] != NULL; t++)
            {
              g_auto(GStrv) words = g_strsplit (terms[t], "|", -1);

              for (guint w = 0; words[w] != NULL; w++)
                {
                  const char *word = words[w];
                  Use use = { (guint16) r, (guint8) t };
                  gsize len;

                  g_assert (*word != '\0');
                  if (word[0] == '=')
                    add_use (lex->exact, word + 1, use);
                  else if ((len = strlen (word)) < 4)
                    add_use (lex->exact, word, use);
                  else
                    {
                      g_assert (len < 32);
                      add_use (lex->prefix, word, use);
                      lex->prefix_lengths |= 1u << len;
                      /* Once per beginning: the table keeps the first
                       * copy, for the life of the process, as the
                       * lexicon is. */
                      if (_fd_repeats_word_table_lookup (lex->stem_starts, stem_hash (word), word, 4) == NULL)
                        _fd_repeats_word_table_insert (lex->stem_starts, g_strndup (word, 4), GINT_TO_POINTER (1));
                    }
                }
            }
        }

      g_once_init_leave (&lexicon, lex);
    }

  return lexicon;
}

/* What the rules that are not kinds of complaint (N, T, S, O, F, V) say of
 * a post. */
static const guint16 not_kind_flags[] = {
  FD_REPEATS_MEANING_NUDGE, FD_REPEATS_MEANING_THANKS, FD_REPEATS_MEANING_SAID_BEFORE,
  FD_REPEATS_MEANING_NEW_MATTER, FD_REPEATS_MEANING_RESOLVED, FD_REPEATS_MEANING_ARRIVED, 0,
};
G_STATIC_ASSERT (FD_N_COMPLAINTS + G_N_ELEMENTS (not_kind_flags) < 32);
/* Their places in Matcher.at. */
#define AT_NUDGE   0
#define AT_THANKS  1
#define AT_RESOLVED 4
#define AT_ARRIVED 5
#define AT_ORDERED_GOT 6

/* Whether @word of @folded is one of @list. */
static gboolean
is_one_of (const char          *folded,
           const FdRepeatsWord *word,
           const char * const  *list,
           gsize                n)
{
  for (gsize k = 0; k < n; k++)
    if (word->len == strlen (list[k]) && memcmp (folded + word->start, list[k], word->len) == 0)
      return TRUE;

  return FALSE;
}

/* Words that say a thing did not come, or not yet. */
static const char * const not_come[] = {
  "not", "no", "nothing", "never", "still", "yet", "t", "nada", "nunca", "aun", "todavia", "sin", "nicht",
  "nichts", "nie", "kein", "keine", "noch", "ohne", "pas", "rien", "jamais", "encore", "sans", "nao", "nem",
  "ainda", "sem", "non", "niente", "nulla", "mai", "ancora", "senza", "niet", "niets", "nooit", "geen",
  "nog", "zonder", "res", "cap", "encara", "sense",
};

typedef struct {
  const Lexicon *lex;
  const char    *folded;
  const FdRepeatsWord *words;
  gint          *last;     /* per rule and term: word position, or -1 */
  const guint   *sentence; /* per word: which sentence it is in */
  guint32        kinds;
  gint           at[G_N_ELEMENTS (not_kind_flags)];   /* where each first matched, or -1 */
} Matcher;

/* A post that asks again in its first words ("still no tape", "Immer
 * noch.", "@shop ancora niente": addresses are not words here) opens by
 * asking again; "charged again from June" at its end does not. */
#define OPENING_WORDS 5

#define ORDERED_GOT (FD_N_COMPLAINTS + AT_ORDERED_GOT)

/* Whether a word from @from to @to says the thing did not come. */
static gboolean
not_come_between (const Matcher *m,
                  gint           from,
                  gint           to)
{
  for (gint k = from; k <= to; k++)
    if (is_one_of (m->folded, &m->words[k], not_come, G_N_ELEMENTS (not_come)))
      return TRUE;

  return FALSE;
}

static void
matched (Matcher *m,
         guint    kind,
         gint     pos)
{
  m->kinds |= 1u << kind;
  if (kind >= FD_N_COMPLAINTS)
    m->at[kind - FD_N_COMPLAINTS] = pos;
}

static void
seen (Matcher  *m,
      const Use *use,
      gint       pos)
{
  const CompiledRule *rule = &m->lex->rules[use->rule];
  gint *last = &m->last[use->rule * MAX_TERMS];

  if ((m->kinds & (1u << rule->kind)) != 0)
    return;

  if (rule->ordered)
    {
      /* A chain: each term after the one before, close to it, in one
       * sentence ("3-5 working days. It's now two weeks" does not say
       * it works now). */
      if (use->term > 0 &&
          (last[use->term - 1] < 0 || last[use->term - 1] >= pos ||
           pos - last[use->term - 1] - 1 > MAX_GAP ||
           m->sentence[last[use->term - 1]] != m->sentence[pos]))
        return;
      last[use->term] = pos;
      if (use->term + 1u == rule->n_terms && !(rule->kind == ORDERED_GOT && not_come_between (m, last[0], pos)) &&
          /* "Il pacco non è arrivato" has not come. */
          !(rule->kind == FD_N_COMPLAINTS + AT_ARRIVED && last[0] > 0 &&
            not_come_between (m, MAX (last[0] - 2, 0), last[0] - 1)))
        matched (m, rule->kind, pos);
      return;
    }

  last[use->term] = pos;
  for (guint t = 0; t < rule->n_terms; t++)
    if (last[t] < 0 || pos - last[t] > WINDOW)
      return;
  if (rule->kind == ORDERED_GOT && not_come_between (m, MIN (last[0], last[1]), pos))
    return;
  matched (m, rule->kind, pos);
}

static void
seen_all (Matcher *m,
          GArray  *uses,
          gint     pos)
{
  /* Later terms first: a word that is two terms of a rule (rare) must not
   * chain with itself. */
  for (guint i = uses->len; i > 0; i--)
    seen (m, &g_array_index (uses, Use, i - 1), pos);
}

/* Whether the word "forgot" at @at forgot a password or the like, in
 * the two words before it or the three after it ("Passwort vergessen",
 * "forgot my password"), rather than to say something. */
static gboolean
forgot_a_thing (const char          *folded,
                const FdRepeatsWord *words,
                guint                n_words,
                guint                at)
{
  for (guint i = at >= 2 ? at - 2 : 0; i < n_words && i <= at + 3; i++)
    for (gsize k = 0; k < G_N_ELEMENTS (forgotten_things); k++)
      {
        gsize len = strlen (forgotten_things[k]);

        if (words[i].len >= len && memcmp (folded + words[i].start, forgotten_things[k], len) == 0)
          return TRUE;
      }

  return FALSE;
}

/* Whether the sentence that @word is in asks something: a question mark
 * comes before the next full stop, exclamation mark or line. */
static gboolean
in_question (const char          *folded,
             const FdRepeatsWord *word)
{
  for (const char *p = folded + word->start + word->len; *p != '\0'; p++)
    {
      if (*p == '?')
        return TRUE;
      if (*p == '.' || *p == '!' || *p == '\n')
        return FALSE;
    }

  return FALSE;
}

/* Whether the text between two words, from @from to @to, ends a
 * sentence: a full stop, a question or exclamation mark followed by a
 * space, or the end of a line. */
static gboolean
ends_sentence (const char *folded,
               guint       from,
               guint       to)
{
  for (guint k = from; k < to; k++)
    if (folded[k] == '\n' ||
        ((folded[k] == '.' || folded[k] == '!' || folded[k] == '?') && (folded[k + 1] == ' ' || folded[k + 1] == '\n')))
      return TRUE;

  return FALSE;
}

/* "Danke für nix", "thanks for nothing", "gracias por nada". */
static const char * const nothing[] = {
  "nix", "nichts", "nothing", "nada", "rien", "niente", "nulla", "niks", "niets", "res",
};

/* Whether the thanks at word @at thank for nothing, in the two words
 * after them. */
static gboolean
thanks_for_nothing (const char          *folded,
                    const FdRepeatsWord *words,
                    guint                n_words,
                    gint                 at)
{
  for (guint i = (guint) at + 1; at >= 0 && i < n_words && i <= (guint) at + 2; i++)
    if (is_one_of (folded, &words[i], nothing, G_N_ELEMENTS (nothing)))
      return TRUE;

  return FALSE;
}

/* Whether the thanks at word @at are thanks ahead, for what is asked. */
static gboolean
thanks_ahead (const char          *folded,
              const FdRepeatsWord *words,
              guint                n_words,
              gint                 at)
{
  const FdRepeatsWord *next;

  if (at < 0 || (guint) at + 1 >= n_words)
    return FALSE;

  next = &words[at + 1];
  return is_one_of (folded, next, please_after_thanks, G_N_ELEMENTS (please_after_thanks));
}

guint32
_fd_repeats_lexicon_match (const char         *folded,
                           const FdRepeatsWord *words,
                           guint               n_words,
                           guint16            *flags)
{
  const Lexicon *lex = get_lexicon ();
  g_autofree gint *last = g_new (gint, G_N_ELEMENTS (rules) * MAX_TERMS);
  g_autofree guint *sentence = g_new (guint, MAX (n_words, 1));
  Matcher m = { lex, folded, words, last, sentence, 0, { -1, -1, -1, -1, -1, -1, -1 } };
  char buf[64];

  for (gsize i = 0; i < G_N_ELEMENTS (rules) * MAX_TERMS; i++)
    last[i] = -1;
  sentence[0] = 0;
  for (guint i = 1; i < n_words; i++)
    sentence[i] = sentence[i - 1] + (ends_sentence (folded, words[i - 1].start + words[i - 1].len, words[i].start) ? 1 : 0);

  for (guint i = 0; i < n_words; i++)
    {
      const FdRepeatsWord *word = &words[i];
      GArray *uses;
      guint len = MIN (word->len, sizeof buf - 1);
      guint32 prefix_hash[32];
      guint32 hash = FD_REPEATS_HASH_INIT;

      memcpy (buf, folded + word->start, len);
      buf[len] = '\0';

      /* The hashes of the word's beginnings come with its own. */
      for (guint n = 0; n < len; n++)
        {
          hash = _fd_repeats_hash_step (hash, (guchar) buf[n]);
          if (n + 1 < G_N_ELEMENTS (prefix_hash))
            prefix_hash[n + 1] = hash;
        }

      if ((uses = _fd_repeats_word_table_lookup (lex->exact, hash, buf, len)) != NULL)
        seen_all (&m, uses, (gint) i);

      /* Every stem has four bytes or more: a word that starts like none
       * of them has none of them as its beginning. */
      for (guint n = len >= 4 && _fd_repeats_word_table_lookup (lex->stem_starts, prefix_hash[4], buf, 4) != NULL ? 4 : 32;
           n <= len && n < 32;
           n++)
        {
          if ((lex->prefix_lengths & (1u << n)) == 0)
            continue;
          if ((uses = _fd_repeats_word_table_lookup (lex->prefix, prefix_hash[n], buf, n)) != NULL)
            seen_all (&m, uses, (gint) i);
        }

      /* "Hello??", "Hallo?", "¿Hola?": a greeting asked is asking again;
       * one that opens a letter is not. */
      if (flags != NULL && folded[word->start + word->len] == '?')
        for (guint k = 0; k < G_N_ELEMENTS (called_greetings); k++)
          if (g_str_equal (buf, called_greetings[k]))
            {
              *flags |= FD_REPEATS_MEANING_NUDGE;
              if (i < OPENING_WORDS)
                *flags |= FD_REPEATS_MEANING_OPENS_AGAIN;
            }

      if (flags != NULL && i < UPDATE_WORDS)
        {
          if (i == 0)
            for (guint k = 0; k < G_N_ELEMENTS (update_openers); k++)
              if (g_str_equal (buf, update_openers[k]))
                *flags |= FD_REPEATS_MEANING_UPDATE;
          if (i == 1 && is_one_of (folded, &words[0], oh, G_N_ELEMENTS (oh)) &&
              is_one_of (folded, word, and, G_N_ELEMENTS (and)))
            *flags |= FD_REPEATS_MEANING_UPDATE;
          for (guint k = 0; k < G_N_ELEMENTS (forgot_stems); k++)
            if (g_str_has_prefix (buf, forgot_stems[k]) && !forgot_a_thing (folded, words, n_words, i))
              *flags |= FD_REPEATS_MEANING_UPDATE;
        }
    }

  /* Thanks ahead ("merci de me rembourser") thank for nothing yet, and
   * thanks that sign off asking again ("Sigo esperando. Gracias.",
   * "still nothing, thanks, Ana") thank for nothing either, nor do
   * thanks for nothing ("Danke für nix"). */
  if (m.at[AT_THANKS] >= 0 && (thanks_ahead (folded, words, n_words, m.at[AT_THANKS]) ||
                               thanks_for_nothing (folded, words, n_words, m.at[AT_THANKS]) ||
                               (m.at[AT_NUDGE] >= 0 && m.at[AT_THANKS] > m.at[AT_NUDGE] &&
                                (guint) m.at[AT_THANKS] + SIGN_OFF_WORDS >= n_words)))
    m.at[AT_THANKS] = -1;
  /* "Wann ist es endlich da?" waits. */
  if (m.at[AT_ARRIVED] >= 0 && in_question (folded, &words[m.at[AT_ARRIVED]]))
    m.at[AT_ARRIVED] = -1;
  /* "The newsletter said it works sitewide?" is not solved. */
  if (m.at[AT_RESOLVED] >= 0 && in_question (folded, &words[m.at[AT_RESOLVED]]))
    m.at[AT_RESOLVED] = -1;
  for (guint k = 0; flags != NULL && k < G_N_ELEMENTS (not_kind_flags); k++)
    if (m.at[k] >= 0)
      *flags |= not_kind_flags[k];
  if (flags != NULL && m.at[AT_NUDGE] >= 0 && m.at[AT_NUDGE] < OPENING_WORDS)
    *flags |= FD_REPEATS_MEANING_OPENS_AGAIN;
  if (flags != NULL && m.at[AT_THANKS] >= 0 && m.at[AT_THANKS] < OPENING_WORDS)
    *flags |= FD_REPEATS_MEANING_OPENS_THANKS;

  if (m.at[AT_ORDERED_GOT] >= 0 &&
      (m.kinds & ((1u << FD_COMPLAINT_LATE_DELIVERY) | (1u << FD_COMPLAINT_DAMAGED_ITEM) |
                  (1u << FD_COMPLAINT_MISSING_ITEM))) == 0)
    m.kinds |= 1u << FD_COMPLAINT_WRONG_ITEM;

  return m.kinds & ~NOT_KINDS;
}

gboolean
_fd_repeats_lexicon_knows (const char *word,
                           gsize       len)
{
  const Lexicon *lex = get_lexicon ();
  guint32 hash = FD_REPEATS_HASH_INIT;

  for (gsize n = 0; n < len; n++)
    {
      hash = _fd_repeats_hash_step (hash, (guchar) word[n]);
      if (n + 1 >= 4 && n + 1 < 32 && (lex->prefix_lengths & (1u << (n + 1))) != 0 &&
          _fd_repeats_word_table_lookup (lex->prefix, hash, word, n + 1) != NULL)
        return TRUE;
    }

  return _fd_repeats_word_table_lookup (lex->exact, hash, word, len) != NULL;
}

const char *
_fd_repeats_complaint_id (FdComplaint kind)
{
  g_return_val_if_fail (kind < FD_N_COMPLAINTS, NULL);
  return complaints[kind].id;
}

const char *
_fd_repeats_complaint_label (FdComplaint kind)
{
  g_return_val_if_fail (kind < FD_N_COMPLAINTS, NULL);
  return complaints[kind].label;
}

/* Complaints that one problem can make at once: a VAT charged twice on
 * an invoice is an invoice error and a double charge; a blender that
 * does not start is faulty, maybe not the one ordered. */
static const guint32 kin[] = {
  (1u << FD_COMPLAINT_REFUND) | (1u << FD_COMPLAINT_DOUBLE_CHARGE) | (1u << FD_COMPLAINT_INVOICE) |
  (1u << FD_COMPLAINT_PAYMENT) | (1u << FD_COMPLAINT_CANCELLATION) | (1u << FD_COMPLAINT_DISCOUNT_CODE),
  (1u << FD_COMPLAINT_WRONG_ITEM) | (1u << FD_COMPLAINT_DAMAGED_ITEM) | (1u << FD_COMPLAINT_MISSING_ITEM),
  (1u << FD_COMPLAINT_PAYMENT) | (1u << FD_COMPLAINT_APP_CRASH),
};

guint32
_fd_repeats_complaint_kin (guint32 kinds)
{
  guint32 all = kinds;

  for (guint i = 0; i < G_N_ELEMENTS (kin); i++)
    if (kinds & kin[i])
      all |= kin[i];

  return all;
}

gboolean
_fd_repeats_complaint_from_id (const char  *id,
                               FdComplaint *out_kind)
{
  for (guint k = 0; k < FD_N_COMPLAINTS; k++)
    if (g_strcmp0 (complaints[k].id, id) == 0)
      {
        *out_kind = (FdComplaint) k;
        return TRUE;
      }

  return FALSE;
}
