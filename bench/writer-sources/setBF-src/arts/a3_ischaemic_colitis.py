META = dict(
    slug='ischaemic-colitis', title='Ischaemic colitis', system='Gastrointestinal',
    forms=['txt'], rid='18093',
    authors=['Hannah Whitcombe', 'Tomasz Wrona'], citation_authors='Whitcombe H, Wrona T, et al',
    accessed='19 Feb 2026', created='3 Mar 2010', revised='28 Oct 2025', revisions=(44, 19),
    tags=['colon', 'ischaemia'], synonyms_meta=['Colonic ischaemia', 'Ischemic colitis'],
    description='Ischaemic colitis is the most common form of gastrointestinal ischaemia.',
    related_head='Colitis', related=['Acute mesenteric ischaemia', 'Pseudomembranous colitis', 'Ulcerative colitis', 'Thumbprinting'],
    cases=['Ischaemic colitis at the splenic flexure'],
    refs=[('Brandt LJ, Feuerstadt P, Longstreth GF, Boley SJ. ACG Clinical Guideline: Epidemiology, Risk Factors, Patterns of Presentation, Diagnosis, and Management of Colon Ischemia. Am J Gastroenterol. 2015;110(1):18-44.', '10.1038/ajg.2014.395', '25559486'),
          ('Thoeni RF, Cello JP. CT Imaging of Colitis. Radiology. 2006;240(3):623-38.', '10.1148/radiol.2403050818', '16926320')],
)

BODY = r'''
**Ischaemic colitis** (also called **colonic ischaemia**) refers to injury of the large bowel resulting from an inadequate blood supply. It is the most common form of ischaemic injury to the gastrointestinal tract, and in the majority of patients it is non-occlusive, transient and self-limiting{{1}}.

## Epidemiology

The condition is predominantly one of the elderly: around 90% of patients are older than 60 years. Women appear to be affected somewhat more often than men. When the disease occurs in a young person, an underlying cause such as vasculitis, a hypercoagulable state, cocaine use, long-distance running or the use of oral contraceptives should be sought.

## Clinical presentation

Patients typically describe sudden, crampy, mild abdominal pain, usually on the left, followed within 24 hours by an urge to defecate and the passage of bright red or maroon blood per rectum. In contrast to acute mesenteric ischaemia, pain is rarely out of proportion to the examination findings. Peritoneal signs, fever and marked leukocytosis suggest transmural infarction.

## Pathology

Most cases result from a transient reduction in colonic perfusion (a low-flow state) rather than from a fixed arterial occlusion. Occlusive causes, such as embolism or thrombosis of the inferior mesenteric artery, account for a minority of cases.

Causes and risk factors include:

!runon
- hypotension or shock, cardiac failure and dehydration
- atherosclerosis and cardiovascular risk factors
- aortic surgery (especially abdominal aortic aneurysm repair with sacrifice of the inferior mesenteric artery)
- obstructing colorectal carcinoma, which may cause ischaemia of the proximal colon
- drugs, e.g. vasopressors, cocaine, alosetron and constipating agents
- vasculitis and thrombophilia

### Distribution

The disease has a segmental distribution and favours the "watershed" areas between arterial territories. The splenic flexure (Griffiths point, between the superior and inferior mesenteric artery territories) and the rectosigmoid junction (Sudeck point) are the classic locations. The left colon is involved in approximately three-quarters of cases. The rectum is usually spared because of its dual blood supply from the inferior mesenteric and internal iliac arteries. Isolated right colon ischaemia is less common (about 1 in 10 cases) but carries a worse prognosis, with higher rates of surgery and mortality, and may herald superior mesenteric artery disease.

Injury begins in the mucosa, which is most sensitive to hypoxia, and may progress to involve the full thickness of the wall; three grades of severity are recognised: reversible mucosal and submucosal injury, chronic segmental colitis or stricture, and transmural gangrene.

## Radiographic features

### Plain radiograph

Radiographs are often normal or non-specific. Submucosal oedema and haemorrhage may produce "thumbprinting" of the affected segment. Pneumatosis and portal venous gas are late and ominous findings, indicating transmural necrosis.

### Fluoroscopy

Barium enema is now rarely performed in the acute setting. When done, it may show thumbprinting, spasm and ulceration; later, the segment may heal completely or narrow into a smooth tapered stricture.

### CT

CT with intravenous contrast is the imaging test of choice. The most common finding is segmental circumferential bowel wall thickening, usually with a smooth contour, involving the watershed segments. The thickened wall may show a "target" or "double halo" appearance due to submucosal oedema. Hyperdense wall on non-contrast images indicates intramural haemorrhage. Pericolic fat stranding and a small amount of free fluid are common, while the mesenteric vessels are usually patent.

Features of transmural ischaemia, which warrant urgent surgical consultation, include:

- absent or reduced mural enhancement
- a thin "paper-thin" wall, indicating loss of muscle tone
- pneumatosis coli
- mesenteric or portal venous gas
- pneumoperitoneum

CT angiography is indicated when isolated right colon ischaemia is suspected, to exclude occlusion of the superior mesenteric artery.

### Ultrasound

Ultrasound shows a hypoechoic thickened wall, and colour Doppler demonstrates absent or reduced mural flow in affected segments; preserved flow favours an inflammatory or infectious cause.

### Endoscopy

Colonoscopy remains the key confirmatory test. The "single-stripe sign", a single longitudinal ulcer along the antimesenteric border, is suggestive of ischaemia.

## Treatment and prognosis

Most patients (about 80%) recover with supportive treatment, including bowel rest, intravenous fluids and optimisation of cardiac output, and improve within two to three days. Antibiotics are often given for moderate or severe disease. Roughly 20% need surgery, mainly for gangrene, perforation or persistent disease. A minority develop a chronic stricture. Gangrenous ischaemic colitis carries a mortality of up to 50-60%.

## Differential diagnosis

The differential for segmental colonic wall thickening includes:

- infectious colitis, including pseudomembranous colitis, which tends to cause pancolitis with markedly thickened wall
- inflammatory bowel disease: ulcerative colitis always involves the rectum; Crohn disease shows skip lesions and often involves the terminal ileum
- diverticulitis: centred on a diverticulum with a shorter segment and more fat stranding
- colorectal carcinoma: short segment, asymmetric and shouldered margins, with regional nodes
- radiation colitis: confined to the treatment field, often the rectosigmoid
'''

S = 'ischaemic colitis'
T = 'Ischaemic colitis'
FACTS = [
    ('synonym', T, '', 'colonic ischaemia', 'also called colonic ischaemia'),
    ('definition', S, '', 'injury of the large bowel resulting from an inadequate blood supply', 'refers to injury of the large bowel resulting from an inadequate blood supply'),
    ('rank', S, S, 'most common', 'It is the most common form of ischaemic injury to the gastrointestinal tract', {'g': 'ischaemic injury to the gastrointestinal tract'}),
    ('statement', S, '', 'non-occlusive, transient and self-limiting', 'in the majority of patients it is non-occlusive, transient and self-limiting'),
    ('percentage', S, 'patients older than 60 years', '90%', 'around 90% of patients are older than 60 years'),
    ('age', S, 'typical age', 'older than 60 years', 'around 90% of patients are older than 60 years'),
    ('sex_ratio', S, '', 'F > M', 'Women appear to be affected somewhat more often than men.'),
    ('association', S, 'vasculitis', 'vasculitis', 'an underlying cause such as vasculitis, a hypercoagulable state, cocaine use, long-distance running or the use of oral contraceptives should be sought', {'g': 'cause in young patients'}),
    ('association', S, 'hypercoagulable state', 'hypercoagulable state', 'an underlying cause such as vasculitis, a hypercoagulable state, cocaine use, long-distance running or the use of oral contraceptives should be sought', {'g': 'cause in young patients'}),
    ('association', S, 'cocaine use', 'cocaine use', 'an underlying cause such as vasculitis, a hypercoagulable state, cocaine use, long-distance running or the use of oral contraceptives should be sought', {'g': 'cause in young patients'}),
    ('association', S, 'long-distance running', 'long-distance running', 'an underlying cause such as vasculitis, a hypercoagulable state, cocaine use, long-distance running or the use of oral contraceptives should be sought', {'g': 'cause in young patients'}),
    ('association', S, 'oral contraceptives', 'oral contraceptives', 'an underlying cause such as vasculitis, a hypercoagulable state, cocaine use, long-distance running or the use of oral contraceptives should be sought', {'g': 'cause in young patients'}),
    ('association', S, 'crampy left-sided abdominal pain', 'sudden, crampy, mild abdominal pain, usually on the left', 'Patients typically describe sudden, crampy, mild abdominal pain, usually on the left', {'g': 'presentation'}),
    ('association', S, 'rectal bleeding', 'bright red or maroon blood per rectum', 'followed within 24 hours by an urge to defecate and the passage of bright red or maroon blood per rectum', {'g': 'presentation'}),
    ('statement', S, 'pain', 'rarely out of proportion', 'In contrast to acute mesenteric ischaemia, pain is rarely out of proportion to the examination findings.'),
    ('statement', S, 'peritoneal signs, fever and leukocytosis', 'transmural infarction', 'Peritoneal signs, fever and marked leukocytosis suggest transmural infarction.'),
    ('statement', S, 'mechanism', 'low-flow state', 'Most cases result from a transient reduction in colonic perfusion (a low-flow state) rather than from a fixed arterial occlusion.'),
    ('statement', S, 'occlusive causes', 'minority', 'Occlusive causes, such as embolism or thrombosis of the inferior mesenteric artery, account for a minority of cases.'),
    ('association', S, 'hypotension or shock', 'hypotension or shock, cardiac failure and dehydration', 'hypotension or shock, cardiac failure and dehydration', {'g': 'risk factor'}),
    ('association', S, 'atherosclerosis', 'atherosclerosis and cardiovascular risk factors', 'atherosclerosis and cardiovascular risk factors', {'g': 'risk factor'}),
    ('association', S, 'aortic surgery', 'aortic surgery', 'aortic surgery (especially abdominal aortic aneurysm repair with sacrifice of the inferior mesenteric artery)', {'g': 'risk factor'}),
    ('association', S, 'obstructing colorectal carcinoma', 'obstructing colorectal carcinoma', 'obstructing colorectal carcinoma, which may cause ischaemia of the proximal colon', {'g': 'risk factor'}),
    ('association', S, 'drugs', 'vasopressors, cocaine, alosetron and constipating agents', 'drugs, e.g. vasopressors, cocaine, alosetron and constipating agents', {'g': 'risk factor'}),
    ('association', S, 'vasculitis and thrombophilia', 'vasculitis and thrombophilia', 'vasculitis and thrombophilia', {'g': 'risk factor'}),
    ('statement', S, 'distribution', 'watershed', 'The disease has a segmental distribution and favours the "watershed" areas between arterial territories.'),
    ('classification', S, 'splenic flexure', 'Griffiths point', 'The splenic flexure (Griffiths point, between the superior and inferior mesenteric artery territories)', {'g': 'watershed location'}),
    ('classification', S, 'rectosigmoid junction', 'Sudeck point', 'the rectosigmoid junction (Sudeck point) are the classic locations', {'g': 'watershed location'}),
    ('frequency', S, 'left colon', 'approximately three-quarters', 'The left colon is involved in approximately three-quarters of cases.', {'g': 'location in the colon'}),
    ('statement', S, 'rectum', 'usually spared', 'The rectum is usually spared because of its dual blood supply from the inferior mesenteric and internal iliac arteries.'),
    ('frequency', S, 'isolated right colon', 'about 1 in 10', 'Isolated right colon ischaemia is less common (about 1 in 10 cases)', {'g': 'location in the colon'}),
    ('statement', 'isolated right colon ischaemia', '', 'worse prognosis', 'carries a worse prognosis, with higher rates of surgery and mortality, and may herald superior mesenteric artery disease'),
    ('statement', S, 'mucosa', 'most sensitive to hypoxia', 'Injury begins in the mucosa, which is most sensitive to hypoxia'),
    ('classification', S, 'reversible mucosal and submucosal injury', 'reversible mucosal and submucosal injury', 'reversible mucosal and submucosal injury', {'g': 'grade of severity'}),
    ('classification', S, 'chronic segmental colitis or stricture', 'chronic segmental colitis or stricture', 'chronic segmental colitis or stricture', {'g': 'grade of severity'}),
    ('classification', S, 'transmural gangrene', 'transmural gangrene', 'and transmural gangrene', {'g': 'grade of severity'}),
    ('appearance', S, '', 'often normal or non-specific', 'Radiographs are often normal or non-specific.', {'a': 'plain radiograph'}),
    ('sign', 'submucosal oedema and haemorrhage', 'thumbprinting', 'thumbprinting', 'Submucosal oedema and haemorrhage may produce "thumbprinting" of the affected segment.'),
    ('appearance', S, 'late', 'pneumatosis and portal venous gas', 'Pneumatosis and portal venous gas are late and ominous findings, indicating transmural necrosis.', {'a': 'plain radiograph'}),
    ('appearance', S, 'acute', 'thumbprinting, spasm and ulceration', 'it may show thumbprinting, spasm and ulceration', {'a': 'barium enema'}),
    ('appearance', S, 'healing', 'smooth tapered stricture', 'later, the segment may heal completely or narrow into a smooth tapered stricture', {'a': 'barium enema'}),
    ('statement', S, 'imaging test of choice', 'CT with intravenous contrast', 'CT with intravenous contrast is the imaging test of choice.'),
    ('appearance', S, '', 'segmental circumferential bowel wall thickening', 'The most common finding is segmental circumferential bowel wall thickening, usually with a smooth contour', {'a': 'CT'}),
    ('sign', 'submucosal oedema', 'target or double halo appearance', 'target or "double halo"', 'The thickened wall may show a "target" or "double halo" appearance due to submucosal oedema.'),
    ('appearance', S, 'intramural haemorrhage', 'hyperdense wall', 'Hyperdense wall on non-contrast images indicates intramural haemorrhage.', {'a': 'non-contrast CT'}),
    ('appearance', S, '', 'pericolic fat stranding and a small amount of free fluid', 'Pericolic fat stranding and a small amount of free fluid are common', {'a': 'CT'}),
    ('statement', S, 'mesenteric vessels', 'usually patent', 'while the mesenteric vessels are usually patent'),
    ('appearance', 'transmural ischaemia', '', 'absent or reduced mural enhancement', 'absent or reduced mural enhancement', {'a': 'CT'}),
    ('appearance', 'transmural ischaemia', '', 'paper-thin wall', 'a thin "paper-thin" wall, indicating loss of muscle tone', {'a': 'CT'}),
    ('appearance', 'transmural ischaemia', '', 'pneumatosis coli', 'pneumatosis coli', {'a': 'CT'}),
    ('appearance', 'transmural ischaemia', '', 'mesenteric or portal venous gas', 'mesenteric or portal venous gas', {'a': 'CT'}),
    ('appearance', 'transmural ischaemia', '', 'pneumoperitoneum', 'pneumoperitoneum', {'a': 'CT'}),
    ('statement', 'isolated right colon ischaemia', 'CT angiography', 'superior mesenteric artery', 'CT angiography is indicated when isolated right colon ischaemia is suspected, to exclude occlusion of the superior mesenteric artery.'),
    ('appearance', S, '', 'hypoechoic thickened wall', 'Ultrasound shows a hypoechoic thickened wall', {'a': 'ultrasound'}),
    ('appearance', S, '', 'absent or reduced mural flow', 'colour Doppler demonstrates absent or reduced mural flow in affected segments', {'a': 'colour Doppler'}),
    ('statement', S, 'preserved mural flow', 'inflammatory or infectious cause', 'preserved flow favours an inflammatory or infectious cause'),
    ('statement', S, 'confirmation', 'colonoscopy', 'Colonoscopy remains the key confirmatory test.'),
    ('sign', S, 'single-stripe sign', 'single-stripe sign', 'The "single-stripe sign", a single longitudinal ulcer along the antimesenteric border, is suggestive of ischaemia.'),
    ('percentage', S, 'recover with supportive treatment', 'about 80%', 'Most patients (about 80%) recover with supportive treatment'),
    ('statement', S, 'time to improvement', 'two to three days', 'improve within two to three days'),
    ('percentage', S, 'need surgery', 'roughly 20%', 'Roughly 20% need surgery, mainly for gangrene, perforation or persistent disease.'),
    ('association', S, 'chronic stricture', 'chronic stricture', 'A minority develop a chronic stricture.', {'g': 'complication'}),
    ('percentage', 'gangrenous ischaemic colitis', 'mortality', 'up to 50-60%', 'Gangrenous ischaemic colitis carries a mortality of up to 50-60%.'),
    ('differential', S, 'infectious colitis', 'infectious colitis', 'infectious colitis, including pseudomembranous colitis'),
    ('differential', S, 'pseudomembranous colitis', 'pseudomembranous colitis', 'pseudomembranous colitis, which tends to cause pancolitis with markedly thickened wall'),
    ('differential', S, 'ulcerative colitis', 'ulcerative colitis', 'ulcerative colitis always involves the rectum'),
    ('differential', S, 'Crohn disease', 'Crohn disease', 'Crohn disease shows skip lesions and often involves the terminal ileum'),
    ('differential', S, 'diverticulitis', 'diverticulitis', 'diverticulitis: centred on a diverticulum with a shorter segment and more fat stranding'),
    ('differential', S, 'colorectal carcinoma', 'colorectal carcinoma', 'colorectal carcinoma: short segment, asymmetric and shouldered margins, with regional nodes'),
    ('differential', S, 'radiation colitis', 'radiation colitis', 'radiation colitis: confined to the treatment field, often the rectosigmoid'),
]
FACTS = [(f[0], f[1], f[2], f[3], f[4], f[5] if len(f) > 5 else {}) for f in FACTS]
