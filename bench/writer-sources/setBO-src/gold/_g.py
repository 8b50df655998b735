import yaml, os
F=[]
def f(kind,subject,item,value,quote,group=None,attribute=None):
    d={'kind':kind,'subject':subject,'item':item,'value':value}
    if group: d['group']=group
    if attribute: d['attribute']=attribute
    d['quote']=quote; F.append(d)
def save(slug,title,system,forms):
    p=os.path.join(os.path.dirname(__file__),'..','..','BO',slug,'gold.yaml')
    yaml.safe_dump({'title':title,'system':system,'forms':forms,'facts':F},open(p,'w'),sort_keys=False,allow_unicode=True,width=200)
