flow-main-title = Main menu
main-welcome =
    Welcome to Arbeitsmarktmentoren Sachsen!
    Our mentors help refugees and migrants in Saxony find an apprenticeship or a job. The help is free.
main-menu = What would you like to do?
main-menu-check = Can I take part?
main-menu-about = What is the program?
main-menu-faq = Questions and answers
main-menu-contact = Contact a mentor
main-menu-status = My request
main-menu-employer = For companies
main-about =
    The labour market mentors support you on your way to an apprenticeship or a job.
    They help you look for work, write applications, go to offices and get your qualifications recognised. They stay with you after you start your job.
    The program runs in all of Saxony. The Free State of Saxony pays for it.
flow-human-title = Talk to a person
human-info = On the program's website you can find the projects in your region: https://arbeitsmarktmentoren-sachsen.de/
