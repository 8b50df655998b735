META = dict(
    slug='case-leriche-syndrome-in-a-61-year-old', title='Leriche syndrome', system='Vascular', case=True,
    forms=['html'], rid='190442',
    authors=['Keith Nwachukwu'], citation_authors='Nwachukwu K',
    accessed='10 Mar 2026', created='14 Oct 2025', revised='14 Oct 2025', revisions=(1, 1),
    tags=['aorta', 'aortoiliac occlusive disease', 'CTA'],
    description='Leriche syndrome: chronic occlusion of the infrarenal aorta with collateral circulation.',
    promo='New course: Vascular CT angiography essentials - enrol now',
    related_head='Aortic disease', related=['Aortoiliac occlusive disease', 'Peripheral arterial disease', 'Winslow pathway', 'Abdominal aortic aneurysm', 'Mid-aortic syndrome'],
    cases=['Leriche syndrome - volume rendered CTA', 'Aortoiliac occlusion with Winslow pathway'],
    refs=[('Leriche R, Morel A. The Syndrome of Thrombotic Obliteration of the Aortic Bifurcation. Ann Surg. 1948;127(2):193-206.', '10.1097/00000658-194802000-00001', '17859070'),
          ('Ahmed S, Raman SP, Fishman EK. CT Angiography and 3D Imaging in Aortoiliac Occlusive Disease: Collateral Pathways in Leriche Syndrome. Abdom Radiol. 2017;42(9):2346-57.', '10.1007/s00261-017-1137-0', '28421240'),
          ('Aboyans V, Ricco JB, Bartelink MEL et al. 2017 ESC Guidelines on the Diagnosis and Treatment of Peripheral Arterial Diseases. Eur Heart J. 2018;39(9):763-816.', '10.1093/eurheartj/ehx095', '28886620')],
)

BODY = r'''
## Presentation

Progressive bilateral buttock and thigh claudication over two years, now occurring after walking about 50 metres, with erectile dysfunction. Heavy smoker (45 pack-years). Femoral pulses absent bilaterally.

## Patient data

- Age: 61 years
- Gender: Male

## Findings

### CT angiography (aorta and lower limb run-off)

The infrarenal abdominal aorta is completely occluded from approximately 2 cm below the renal arteries to the bifurcation, with extension of the occlusion into both common iliac arteries. The occluded segment contains low-attenuation thrombus and extensive mural calcification. The renal arteries and superior mesenteric artery are patent. The coeliac axis has mild ostial narrowing.

Multiple collateral pathways are opacified:

- a markedly enlarged inferior mesenteric artery with an enlarged marginal artery of Drummond and arc of Riolan, reconstituting the superior rectal arteries and thence the internal iliac arteries
- hypertrophied lumbar arteries communicating with the deep circumflex iliac and iliolumbar arteries
- enlarged internal thoracic (internal mammary) arteries continuing into the superior and inferior epigastric arteries (the so-called Winslow pathway), which reconstitute the external iliac arteries

The external iliac arteries are reconstituted from just below their origins and are small in calibre. The common femoral arteries and run-off vessels are patent, with mild atherosclerotic disease below the knees. Incidental note is made of a few bilateral renal cysts.

## Diagnosis

Leriche syndrome (chronic aortoiliac occlusive disease)

## Case discussion

This case demonstrates the typical CT angiographic appearances of Leriche syndrome, also known as **aortoiliac occlusive disease**, in which atherosclerotic occlusion involves the infrarenal aorta and/or both common iliac arteries. The syndrome was described by the French surgeon René Leriche in 1940 and is classically defined by the triad of:

- claudication of the buttocks, hips and thighs
- absent or diminished femoral pulses
- erectile dysfunction (impotence) in men

Other presentations include muscle wasting of the lower limbs, cool pale legs, and, less commonly, rest pain or tissue loss, which are more frequent when there is multilevel disease. The condition usually affects smokers, most often men in the fifth to seventh decades. Risk factors are those of atherosclerosis in general: smoking is the strongest, followed by hypertension, diabetes mellitus, hyperlipidaemia and a family history. A younger subset, often female heavy smokers, may present with the "small aorta syndrome" (hypoplastic aortoiliac syndrome).

The occlusion typically begins at the aortic bifurcation and propagates cranially until it reaches the level of the renal arteries, where it is usually halted by the high flow in the renal arteries. Because the process develops slowly, an extensive collateral network forms, which explains why many patients have surprisingly mild symptoms and why acute limb-threatening ischaemia is uncommon. Collaterals can be divided into visceral-systemic (mesenteric) pathways, mainly through the inferior mesenteric artery, and systemic-systemic (parietal) pathways, such as the lumbar, intercostal and internal thoracic to epigastric routes. Recognising these collaterals is crucial before surgery, because interrupting them, for example at laparotomy, harvesting of the internal mammary artery for coronary bypass, or a low transverse abdominal incision, may precipitate acute limb or bowel ischaemia.

CT angiography is the first-line imaging investigation: it defines the proximal and distal extent of the occlusion, the relation to the renal arteries, the degree of calcification and the status of the run-off vessels, all of which guide treatment planning. MR angiography is an alternative in patients with renal impairment, although heavy calcification is less well assessed. Doppler ultrasound shows absent flow in the distal aorta and dampened, monophasic (tardus parvus) waveforms in the femoral arteries. Catheter angiography is now largely reserved for endovascular intervention.

According to the TASC II classification, aortoiliac lesions are graded from A (short, focal stenoses best treated endovascularly) to D (diffuse disease, including infrarenal aortoiliac occlusion). Occlusion of the infrarenal aorta, as in this case, is a TASC D lesion, for which aortobifemoral bypass has traditionally been the treatment of choice, with five-year patency rates of approximately 85-90%. Endovascular reconstruction of the aortic bifurcation, for example with covered stents (the CERAB technique), is increasingly used, and axillobifemoral bypass is an option in patients unfit for major surgery. Regardless of revascularisation, smoking cessation, antiplatelet therapy and statins are essential, as these patients carry a high risk of coronary and cerebrovascular events.

Differential considerations on imaging include acute aortic occlusion (saddle embolus or thrombosis of an aneurysm), which lacks developed collaterals, as well as [Takayasu arteritis](takayasu-arteritis) and mid-aortic syndrome, which produce smooth, tapered narrowing in younger patients rather than a calcified occlusion.
'''

S = 'Leriche syndrome'
FACTS = [
    ('association', S, 'buttock and thigh claudication', 'bilateral buttock and thigh claudication', 'Progressive bilateral buttock and thigh claudication over two years', {'g': 'presentation'}),
    ('association', S, 'erectile dysfunction', 'erectile dysfunction', 'now occurring after walking about 50 metres, with erectile dysfunction', {'g': 'presentation'}),
    ('association', S, 'absent femoral pulses', 'absent femoral pulses', 'Femoral pulses absent bilaterally.', {'g': 'presentation'}),
    ('age', S, 'patient age', '61 years', 'Age: 61 years'),
    ('appearance', S, 'infrarenal aorta', 'completely occluded from approximately 2 cm below the renal arteries to the bifurcation', 'The infrarenal abdominal aorta is completely occluded from approximately 2 cm below the renal arteries to the bifurcation', {'a': 'CT angiography'}),
    ('appearance', S, 'occluded segment', 'low-attenuation thrombus and extensive mural calcification', 'The occluded segment contains low-attenuation thrombus and extensive mural calcification.', {'a': 'CT angiography'}),
    ('appearance', S, 'inferior mesenteric artery collateral', 'markedly enlarged inferior mesenteric artery with an enlarged marginal artery of Drummond and arc of Riolan', 'a markedly enlarged inferior mesenteric artery with an enlarged marginal artery of Drummond and arc of Riolan', {'a': 'CT angiography'}),
    ('appearance', S, 'lumbar collaterals', 'hypertrophied lumbar arteries', 'hypertrophied lumbar arteries communicating with the deep circumflex iliac and iliolumbar arteries', {'a': 'CT angiography'}),
    ('sign', S, 'Winslow pathway', 'Winslow pathway', 'enlarged internal thoracic (internal mammary) arteries continuing into the superior and inferior epigastric arteries (the so-called Winslow pathway)'),
    ('statement', S, 'Winslow pathway', 'external iliac arteries', 'which reconstitute the external iliac arteries'),
    ('synonym', S, '', 'aortoiliac occlusive disease', 'also known as aortoiliac occlusive disease'),
    ('definition', S, '', 'atherosclerotic occlusion involves the infrarenal aorta and/or both common iliac arteries', 'in which atherosclerotic occlusion involves the infrarenal aorta and/or both common iliac arteries'),
    ('statement', S, 'eponym', 'René Leriche', 'The syndrome was described by the French surgeon René Leriche in 1940'),
    ('association', S, 'claudication of the buttocks, hips and thighs', 'claudication of the buttocks, hips and thighs', 'claudication of the buttocks, hips and thighs', {'g': 'classic triad'}),
    ('association', S, 'absent or diminished femoral pulses', 'absent or diminished femoral pulses', 'absent or diminished femoral pulses', {'g': 'classic triad'}),
    ('association', S, 'erectile dysfunction (impotence)', 'erectile dysfunction (impotence) in men', 'erectile dysfunction (impotence) in men', {'g': 'classic triad'}),
    ('association', S, 'muscle wasting', 'muscle wasting of the lower limbs', 'Other presentations include muscle wasting of the lower limbs, cool pale legs', {'g': 'presentation'}),
    ('association', S, 'rest pain or tissue loss', 'rest pain or tissue loss', 'less commonly, rest pain or tissue loss, which are more frequent when there is multilevel disease', {'g': 'presentation'}),
    ('age', S, 'typical age', 'fifth to seventh decades', 'most often men in the fifth to seventh decades'),
    ('sex_ratio', S, '', 'M > F', 'The condition usually affects smokers, most often men in the fifth to seventh decades.'),
    ('rank', S, 'smoking', 'strongest', 'smoking is the strongest', {'g': 'risk factor'}),
    ('association', S, 'smoking', 'smoking', 'smoking is the strongest, followed by hypertension, diabetes mellitus, hyperlipidaemia and a family history', {'g': 'risk factor'}),
    ('association', S, 'hypertension', 'hypertension', 'followed by hypertension, diabetes mellitus, hyperlipidaemia and a family history', {'g': 'risk factor'}),
    ('association', S, 'diabetes mellitus', 'diabetes mellitus', 'followed by hypertension, diabetes mellitus, hyperlipidaemia and a family history', {'g': 'risk factor'}),
    ('association', S, 'hyperlipidaemia', 'hyperlipidaemia', 'followed by hypertension, diabetes mellitus, hyperlipidaemia and a family history', {'g': 'risk factor'}),
    ('association', S, 'family history', 'family history', 'followed by hypertension, diabetes mellitus, hyperlipidaemia and a family history', {'g': 'risk factor'}),
    ('synonym', 'small aorta syndrome', '', 'hypoplastic aortoiliac syndrome', 'the "small aorta syndrome" (hypoplastic aortoiliac syndrome)'),
    ('statement', 'small aorta syndrome', '', 'female heavy smokers', 'A younger subset, often female heavy smokers, may present with the "small aorta syndrome"'),
    ('statement', S, 'propagation', 'aortic bifurcation', 'The occlusion typically begins at the aortic bifurcation and propagates cranially until it reaches the level of the renal arteries'),
    ('statement', S, 'proximal limit', 'high flow in the renal arteries', 'where it is usually halted by the high flow in the renal arteries'),
    ('statement', S, 'acute limb-threatening ischaemia', 'uncommon', 'acute limb-threatening ischaemia is uncommon'),
    ('classification', S, 'visceral-systemic (mesenteric) pathways', 'visceral-systemic (mesenteric)', 'Collaterals can be divided into visceral-systemic (mesenteric) pathways, mainly through the inferior mesenteric artery', {'g': 'collateral pathways'}),
    ('classification', S, 'systemic-systemic (parietal) pathways', 'systemic-systemic (parietal)', 'systemic-systemic (parietal) pathways, such as the lumbar, intercostal and internal thoracic to epigastric routes', {'g': 'collateral pathways'}),
    ('association', S, 'acute limb or bowel ischaemia', 'acute limb or bowel ischaemia', 'may precipitate acute limb or bowel ischaemia', {'g': 'complication of interrupting collaterals'}),
    ('statement', S, 'collaterals at risk', 'internal mammary artery', 'harvesting of the internal mammary artery for coronary bypass'),
    ('statement', S, 'first-line imaging', 'CT angiography', 'CT angiography is the first-line imaging investigation'),
    ('statement', S, 'MR angiography', 'renal impairment', 'MR angiography is an alternative in patients with renal impairment, although heavy calcification is less well assessed.'),
    ('appearance', S, 'distal aorta', 'absent flow', 'Doppler ultrasound shows absent flow in the distal aorta', {'a': 'Doppler ultrasound'}),
    ('appearance', S, 'femoral arteries', 'dampened, monophasic (tardus parvus) waveforms', 'dampened, monophasic (tardus parvus) waveforms in the femoral arteries', {'a': 'Doppler ultrasound'}),
    ('statement', S, 'catheter angiography', 'endovascular intervention', 'Catheter angiography is now largely reserved for endovascular intervention.'),
    ('classification', 'aortoiliac occlusive disease', 'TASC A', 'short, focal stenoses best treated endovascularly', 'A (short, focal stenoses best treated endovascularly)', {'g': 'TASC II'}),
    ('classification', 'aortoiliac occlusive disease', 'TASC D', 'diffuse disease, including infrarenal aortoiliac occlusion', 'D (diffuse disease, including infrarenal aortoiliac occlusion)', {'g': 'TASC II'}),
    ('statement', S, 'TASC class', 'TASC D', 'Occlusion of the infrarenal aorta, as in this case, is a TASC D lesion'),
    ('statement', S, 'treatment of choice', 'aortobifemoral bypass', 'aortobifemoral bypass has traditionally been the treatment of choice'),
    ('percentage', 'aortobifemoral bypass', 'five-year patency', 'approximately 85-90%', 'with five-year patency rates of approximately 85-90%'),
    ('statement', S, 'endovascular treatment', 'CERAB', 'Endovascular reconstruction of the aortic bifurcation, for example with covered stents (the CERAB technique), is increasingly used'),
    ('statement', S, 'unfit for major surgery', 'axillobifemoral bypass', 'axillobifemoral bypass is an option in patients unfit for major surgery'),
    ('statement', S, 'medical therapy', 'smoking cessation, antiplatelet therapy and statins', 'smoking cessation, antiplatelet therapy and statins are essential'),
    ('association', S, 'coronary and cerebrovascular events', 'coronary and cerebrovascular events', 'these patients carry a high risk of coronary and cerebrovascular events', {'g': 'associated risk'}),
    ('differential', S, 'acute aortic occlusion', 'acute aortic occlusion (saddle embolus or thrombosis of an aneurysm)', 'acute aortic occlusion (saddle embolus or thrombosis of an aneurysm), which lacks developed collaterals'),
    ('differential', S, 'Takayasu arteritis', 'Takayasu arteritis', 'Takayasu arteritis and mid-aortic syndrome, which produce smooth, tapered narrowing in younger patients'),
    ('differential', S, 'mid-aortic syndrome', 'mid-aortic syndrome', 'Takayasu arteritis and mid-aortic syndrome, which produce smooth, tapered narrowing in younger patients'),
]
FACTS = [(f[0], f[1], f[2], f[3], f[4], f[5] if len(f) > 5 else {}) for f in FACTS]
