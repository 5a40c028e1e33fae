// VADER baseline on labelled sentences (stdin: label<TAB>text per line), as in docs/quality.md. Needs the npm package
// vader-sentiment 1.1.3 unpacked into ./package (npm pack vader-sentiment@1.1.3 && tar xzf vader-sentiment-1.1.3.tgz).
const vader = require(process.cwd() + '/package/build/vaderSentiment.bundle.js');
const fs = require('fs');
const lines = fs.readFileSync(0, 'utf8').split('\n').filter(l => l.length);
let c = {}, n2 = 0, ok2 = 0;
const labs = ['negative','neutral','positive'];
for (const l of lines) {
  const [gold, text] = [l.split('\t')[0], l.split('\t').slice(1).join('\t')];
  const s = vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
  const pred = s >= 0.05 ? 'positive' : s <= -0.05 ? 'negative' : 'neutral';
  c[gold+'>'+pred] = (c[gold+'>'+pred]||0)+1;
  if (gold !== 'neutral') { n2++; if ((s < 0) === (gold === 'negative')) ok2++; }
}
let f = 0, acc = 0, n = 0;
for (const g of labs) for (const p of labs) { n += c[g+'>'+p]||0; if (g===p) acc += c[g+'>'+p]||0; }
for (const k of labs) {
  const tp = c[k+'>'+k]||0; let gold=0, pred=0;
  for (const o of labs) { gold += c[k+'>'+o]||0; pred += c[o+'>'+k]||0; }
  const P = pred? tp/pred:0, R = gold? tp/gold:0; f += (P+R)? 2*P*R/(P+R):0;
}
console.log(JSON.stringify({n, accuracy: acc/n, macroF1: f/3, twoClass: ok2/n2, n2}));
